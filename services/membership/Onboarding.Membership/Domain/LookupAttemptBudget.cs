namespace Onboarding.Membership.Domain;

/// <summary>
/// Wrong birth dates per member number (docs/architecture.md §6.3): 5 tries, then locked for 15 minutes, then 1 hour, then
/// 24 hours for every later lock-out. Kept for any well-formed number, known or not, so that an unknown number
/// behaves exactly like a known one with a wrong birth date. The escalation is forgotten after
/// <see cref="QuietPeriod"/> without a failure, on success, or when the help desk unlocks the number.
/// </summary>
public sealed class LookupAttemptBudget
{
    public const int AttemptsPerWindow = 5;

    /// <summary>
    /// A week without a wrong birth date starts the number over at 5 tries and a 15-minute first wait. Much longer
    /// than the longest wait (24 h), so that waiting out one lock-out never resets the escalation for a guesser; short
    /// enough that a member who gave up and comes back with the right date next week is not met by a day-long lock.
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromDays(7);

    private static readonly TimeSpan[] LockoutWaits = [TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(24)];

    public required string MemberNumber { get; init; }
    public int FailedAttempts { get; private set; }
    public int Lockouts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>The last failure, success or unlock: the start of the quiet period.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public int AttemptsRemaining => AttemptsPerWindow - FailedAttempts;

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public TimeSpan RetryAfter(DateTimeOffset now) => LockedUntil is { } until && until > now ? until - now : TimeSpan.Zero;

    /// <summary>Counts a miss; the fifth miss locks the number for the next, longer wait.</summary>
    public void RecordFailure(DateTimeOffset now)
    {
        if (!IsLocked(now) && now - UpdatedAt >= QuietPeriod)
        {
            FailedAttempts = 0;
            Lockouts = 0;
        }
        FailedAttempts++;
        UpdatedAt = now;
        if (FailedAttempts < AttemptsPerWindow) return;

        LockedUntil = now + LockoutWaits[Math.Min(Lockouts, LockoutWaits.Length - 1)];
        Lockouts++;
        FailedAttempts = 0;
    }

    public void RecordSuccess(DateTimeOffset now) => Reset(now);

    /// <summary>The help desk's unlock: the member may try again at once, with a fresh escalation.</summary>
    public void Unlock(DateTimeOffset now) => Reset(now);

    private void Reset(DateTimeOffset now)
    {
        FailedAttempts = 0;
        Lockouts = 0;
        LockedUntil = null;
        UpdatedAt = now;
    }
}
