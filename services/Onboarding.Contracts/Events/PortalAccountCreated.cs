namespace Onboarding.Contracts.Events;

/// <summary>STEP 2 done: a portal account exists for the member, with e-mail and phone verified.</summary>
public sealed record PortalAccountCreated(
    Guid AccountId,
    Guid MemberId,
    string Email,
    bool PhoneVerified,
    DateTimeOffset CreatedAt);
