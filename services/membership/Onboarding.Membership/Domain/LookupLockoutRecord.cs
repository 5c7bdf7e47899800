namespace Onboarding.Membership.Domain;

/// <summary>
/// One lock-out of a member's number (docs/architecture.md §6.3), kept for the help desk's timeline (§9.9): the
/// budget row says only how things stand now, and a success or an unlock resets it. Written for numbers on the roster
/// only (wrong birth dates); a number nobody has is nobody's to help. Pruned 90 days after the lock.
/// </summary>
public sealed class LookupLockoutRecord
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(90);

    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public DateTimeOffset LockedAt { get; init; }
    public DateTimeOffset LockedUntil { get; init; }

    /// <summary>The how-manieth lock-out in a row (the waits escalate).</summary>
    public int Lockout { get; init; }

    /// <summary>When the help desk lifted it, if it did before it ran out.</summary>
    public DateTimeOffset? LiftedAt { get; private set; }

    public static LookupLockoutRecord Of(Guid memberId, LookupAttemptBudget budget, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), MemberId = memberId, LockedAt = now, LockedUntil = budget.LockedUntil!.Value, Lockout = budget.Lockouts };

    public void Lift(DateTimeOffset now) => LiftedAt = now;
}
