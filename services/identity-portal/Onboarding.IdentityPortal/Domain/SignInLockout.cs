namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// Password guessing against one address: 5 wrong passwords in a row lock password sign-in for 15 minutes. Kept per
/// address, whether or not an account has it, so a locked-out unknown address answers exactly like a locked account.
/// The address is stored only as a keyed hash (<see cref="EmailKey"/>): typed addresses of strangers are not kept.
/// Wrong passwords are forgotten after <see cref="FailureMemory"/> without another one.
/// </summary>
public sealed class SignInLockout
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A day without a wrong password starts the count over. Without it, a row for every mistyped address would be
    /// kept for ever; and it gives a guesser nothing: a lock-out already lets them try 5 more every 15 minutes.
    /// </summary>
    public static readonly TimeSpan FailureMemory = TimeSpan.FromDays(1);

    public required byte[] EmailKey { get; init; }
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>The last wrong password; null for a row that never counted one (or from before this was kept).</summary>
    public DateTimeOffset? LastFailureAt { get; private set; }

    public TimeSpan? RemainingLock(DateTimeOffset now) => LockedUntil > now ? LockedUntil - now : null;

    /// <summary>Counts a wrong password; returns true when this one locks the address.</summary>
    public bool RecordFailure(DateTimeOffset now)
    {
        if (LockedUntil <= now || LastFailureAt <= now - FailureMemory)
        {
            // The previous lock ran out, or the last failure is forgotten: the count starts again.
            LockedUntil = null;
            FailedAttempts = 0;
        }
        FailedAttempts++;
        LastFailureAt = now;
        if (FailedAttempts < MaxFailedAttempts) return false;
        LockedUntil = now + LockoutDuration;
        return true;
    }

    public void Reset()
    {
        FailedAttempts = 0;
        LockedUntil = null;
    }
}
