namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// Password guessing against one address: 5 wrong passwords in a row lock password sign-in for 15 minutes. Kept per
/// address, whether or not an account has it, so a locked-out unknown address answers exactly like a locked account.
/// The address is stored only as a keyed hash (<see cref="EmailKey"/>): typed addresses of strangers are not kept.
/// </summary>
public sealed class SignInLockout
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public required byte[] EmailKey { get; init; }
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public TimeSpan? RemainingLock(DateTimeOffset now) => LockedUntil > now ? LockedUntil - now : null;

    /// <summary>Counts a wrong password; returns true when this one locks the address.</summary>
    public bool RecordFailure(DateTimeOffset now)
    {
        if (LockedUntil <= now)
        {
            // The previous lock ran out: the count starts again.
            LockedUntil = null;
            FailedAttempts = 0;
        }
        FailedAttempts++;
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
