namespace Onboarding.Contracts.Events;

/// <summary>
/// The member deleted their portal account (退会, issue 13 §5): the account, its sign-ins and tokens are gone from
/// identity-portal. Ids only: the address and the name left with the account. The member stays on the co-op's roster
/// (membership), and STEP 2 must be done again to come back.
/// </summary>
public sealed record PortalAccountDeleted(
    Guid AccountId,
    Guid MemberId,
    DateTimeOffset DeletedAt);
