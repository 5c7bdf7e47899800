namespace Onboarding.Membership.Domain;

/// <summary>
/// How many members of one co-op stood at one stage on one day (Japan time). Today's rows are rewritten by every
/// reading; a past day keeps its last reading, so the rows are the funnel's daily trend.
/// </summary>
public sealed class FunnelSnapshot
{
    public DateOnly Day { get; init; }
    public required string Coop { get; init; }
    public FunnelStage Stage { get; init; }
    public int Members { get; set; }
    public DateTimeOffset TakenAt { get; set; }
}
