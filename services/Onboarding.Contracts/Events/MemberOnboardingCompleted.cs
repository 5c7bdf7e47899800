namespace Onboarding.Contracts.Events;

/// <summary>All three steps are done, in order: the member's IC-card e-money stays usable. Published once per member.</summary>
public sealed record MemberOnboardingCompleted(
    Guid MemberId,
    string MemberNumber,
    DateTimeOffset CompletedAt);
