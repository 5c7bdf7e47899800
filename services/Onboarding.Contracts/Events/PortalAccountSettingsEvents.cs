namespace Onboarding.Contracts.Events;

// The member changed their own portal account (設定, issue 13 §3). identity-portal owns these facts; each event tells
// the others that one changed, published through its outbox in the change's transaction (docs/architecture.md §6.10).

/// <summary>The account's password was replaced: from the settings (current password given) or by a reset.</summary>
public sealed record PortalPasswordChanged(
    Guid AccountId,
    Guid MemberId,
    bool ByReset,
    DateTimeOffset ChangedAt);

/// <summary>The member changed the name on the portal account (STEP 2's name rules, NFKC, trimmed).</summary>
public sealed record PortalAccountNameChanged(
    Guid AccountId,
    Guid MemberId,
    string FamilyName,
    string GivenName,
    DateTimeOffset ChangedAt);

/// <summary>
/// The account's e-mail address changed to a new address, confirmed by a code mailed to it. The new address is the
/// member's sign-in and registered address from now on (membership keeps it as the member's registered e-mail).
/// </summary>
public sealed record PortalEmailChanged(
    Guid AccountId,
    Guid MemberId,
    string Email,
    DateTimeOffset ChangedAt);

/// <summary>The account's phone number changed to a new number, verified by an SMS or voice code (the number stays in identity-portal).</summary>
public sealed record PortalPhoneNumberChanged(
    Guid AccountId,
    Guid MemberId,
    DateTimeOffset ChangedAt);
