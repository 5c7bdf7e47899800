namespace Onboarding.Contracts.Commands;

/// <summary>
/// Tells the address of a portal account that was just deleted that it is gone, what that means, and whom to contact
/// if the member did not ask for it. Sent by identity-portal with the deletion; the address lives on only in this mail.
/// </summary>
public sealed record SendPortalAccountDeletedNotice(
    Guid AccountId,
    string To,
    DateTimeOffset DeletedAt,
    string Culture);
