namespace Onboarding.Membership.Domain;

/// <summary>
/// Wrong birth dates per member number (ARCHITECTURE §6): 5 tries, then locked for 15 minutes, then 1 hour, then
/// 24 hours for every later lock-out. Kept for any well-formed number, known or not, so that an unknown number
/// behaves exactly like a known one with a wrong birth date.
/// </summary>
public sealed class LookupAttemptBudget
{
    public const int AttemptsPerWindow = 5;

    private static readonly TimeSpan[] LockoutWaits = [TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(24)];

    public required string MemberNumber { get; init; }
    public int FailedAttempts { get; private set; }
    public int Lockouts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public int AttemptsRemaining => AttemptsPerWindow - FailedAttempts;

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public TimeSpan RetryAfter(DateTimeOffset now) => LockedUntil is { } until && until > now ? until - now : TimeSpan.Zero;

    /// <summary>Counts a miss; the fifth miss locks the number for the next, longer wait.</summary>
    public void RecordFailure(DateTimeOffset now)
    {
        FailedAttempts++;
        UpdatedAt = now;
        if (FailedAttempts < AttemptsPerWindow) return;

        LockedUntil = now + LockoutWaits[Math.Min(Lockouts, LockoutWaits.Length - 1)];
        Lockouts++;
        FailedAttempts = 0;
    }

    public void RecordSuccess(DateTimeOffset now)
    {
        FailedAttempts = 0;
        Lockouts = 0;
        LockedUntil = null;
        UpdatedAt = now;
    }
}
