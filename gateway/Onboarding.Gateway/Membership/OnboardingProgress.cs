namespace Onboarding.Gateway.Membership;

/// <summary>One step of a member's onboarding as membership records it.</summary>
public sealed record StepRecord(bool Done, DateTimeOffset? At);

/// <summary>Where a member stands (<c>GET /api/membership/onboarding/{memberId}</c>); all three done in order sets <see cref="CompletedAt"/>.</summary>
/// <param name="Coop">The member's co-op as the roster names it (the co-op directory's key).</param>
public sealed record OnboardingProgress(string? MemberId, StepRecord? Step1, StepRecord? Step2, StepRecord? Step3, DateTimeOffset? CompletedAt, string? Coop = null);

/// <summary>
/// Where the member of a still-valid STEP 1 lookup stands (<c>GET /api/membership/lookups/{lookupId}/onboarding</c>):
/// what resume reads after the member has identified themselves; the address only masked.
/// </summary>
public sealed record LookupOnboarding(StepRecord? Step1, StepRecord? Step2, StepRecord? Step3, DateTimeOffset? CompletedAt, string? ConfirmedEmailMasked);
