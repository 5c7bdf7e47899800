namespace Onboarding.Membership.Domain;

/// <summary>
/// One wave of deadline reminders (docs/architecture.md §9.8): due a configured number of days before the cut-over,
/// or earlier when an operator releases it; sent in batches along the roster in member-id order, at most one mail per
/// member (<see cref="ReminderDelivery"/>), and throttled across replicas by <see cref="NextBatchAt"/>.
/// </summary>
public sealed class ReminderWave
{
    /// <summary>The cut-over date and the days before it, e.g. <c>2027-01-01-d30</c>: a changed date makes new waves.</summary>
    public required string Id { get; init; }

    public DateOnly CutoverDate { get; init; }
    public int DaysBefore { get; init; }
    public DateTimeOffset DueAt { get; init; }

    /// <summary>Set when an operator released the wave before it was due.</summary>
    public DateTimeOffset? ReleasedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The last member (by id) a batch went past: the next batch starts after it.</summary>
    public Guid? Cursor { get; private set; }

    /// <summary>No batch, from any replica, before this: the throttle.</summary>
    public DateTimeOffset? NextBatchAt { get; private set; }

    public int Sent { get; private set; }

    public static string IdOf(DateOnly cutover, int daysBefore) => $"{cutover:yyyy-MM-dd}-d{daysBefore}";

    public bool IsDue(DateTimeOffset now) => CompletedAt is null && (DueAt <= now || ReleasedAt is not null);

    public bool MaySendBatch(DateTimeOffset now) => IsDue(now) && (NextBatchAt is not { } next || next <= now);

    /// <returns>False when the wave had already started or finished: nothing to release.</returns>
    public bool Release(DateTimeOffset now)
    {
        if (StartedAt is not null || CompletedAt is not null || ReleasedAt is not null) return false;
        ReleasedAt = now;
        return true;
    }

    /// <summary>Records a batch: how many were sent, where it ended, and when the next may go.</summary>
    public void RecordBatch(int sent, Guid? lastMember, bool finished, DateTimeOffset now, TimeSpan throttle)
    {
        StartedAt ??= now;
        Sent += sent;
        if (lastMember is not null) Cursor = lastMember;
        NextBatchAt = now + throttle;
        if (finished) CompletedAt = now;
    }
}

/// <summary>That a member was sent a wave's reminder: the primary key (wave, member) makes it at most once.</summary>
public sealed class ReminderDelivery
{
    public required string WaveId { get; init; }
    public Guid MemberId { get; init; }
    public FunnelStage Stage { get; init; }
    public DateTimeOffset SentAt { get; init; }
}
