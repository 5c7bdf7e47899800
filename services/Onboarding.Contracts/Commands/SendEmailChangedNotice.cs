namespace Onboarding.Contracts.Commands;

/// <summary>
/// 設定: tell the portal account's previous address that the account now signs in with another address (named only
/// masked), so a member who did not make the change notices and contacts the co-op.
/// </summary>
public sealed record SendEmailChangedNotice(
    Guid AccountId,
    string To,
    string NewEmailMasked,
    DateTimeOffset ChangedAt,
    string Culture);
