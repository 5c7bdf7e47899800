namespace Onboarding.Gateway.Membership;

/// <summary>One step of a member's onboarding as membership records it.</summary>
public sealed record StepRecord(bool Done, DateTimeOffset? At);

/// <summary>Where a member stands (<c>GET /api/membership/onboarding/{memberId}</c>); all three done in order sets <see cref="CompletedAt"/>.</summary>
public sealed record OnboardingProgress(string? MemberId, StepRecord? Step1, StepRecord? Step2, StepRecord? Step3, DateTimeOffset? CompletedAt);
