namespace Onboarding.Contracts.Commands;

/// <summary>
/// Tells the account's address that its portal password was changed (by a reset, or from the settings with the current
/// password) and every other sign-in ended, so a member who did not ask for it notices and contacts the co-op.
/// </summary>
public sealed record SendPasswordChangedNotice(
    Guid AccountId,
    string To,
    DateTimeOffset ChangedAt,
    string Culture,
    bool ByReset = true);
