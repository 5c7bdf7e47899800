namespace Onboarding.Contracts.Events;

/// <summary>An operator's roster import finished.</summary>
public sealed record MemberRosterImported(
    Guid ImportId,
    int Inserted,
    int Updated,
    int Rejected,
    DateTimeOffset CompletedAt);
