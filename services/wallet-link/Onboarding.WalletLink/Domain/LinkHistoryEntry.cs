namespace Onboarding.WalletLink.Domain;

/// <summary>
/// One thing that happened to a member's wallet link, kept for the help desk (docs/architecture.md §9.9) after the
/// attempt it came from is gone (attempts are deleted 15 minutes after they expire) and after an unlink deleted the
/// link. Ids, outcomes and a masked provider wallet id only: never a state, code, verifier or token.
/// </summary>
public sealed class LinkHistoryEntry
{
    /// <summary>A year of history: long enough for any question about this programme's onboarding.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(365);

    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>One of <see cref="LinkHistoryKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Why: a failed link's outcome (<c>denied</c>, <c>wrong_browser</c>, …), who unlinked, how a refresh failed.</summary>
    public string? Reason { get; init; }
    public string? Provider { get; init; }

    /// <summary>The provider's wallet account id, masked (<see cref="MaskWalletAccount"/>).</summary>
    public string? WalletAccountMasked { get; init; }

    public static LinkHistoryEntry Of(Guid memberId, DateTimeOffset at, string kind, string? reason = null, string? provider = null,
        string? walletAccountId = null) =>
        new()
        {
            Id = Guid.CreateVersion7(at), MemberId = memberId, At = at, Kind = kind, Reason = reason, Provider = provider,
            WalletAccountMasked = walletAccountId is null ? null : MaskWalletAccount(walletAccountId),
        };

    /// <summary>The last 4 characters, the rest hidden: enough to tell two wallets apart on the phone, not to name one.</summary>
    public static string MaskWalletAccount(string walletAccountId) =>
        walletAccountId.Length <= 4 ? new string('*', walletAccountId.Length) : "****" + walletAccountId[^4..];
}

/// <summary>The kinds of <see cref="LinkHistoryEntry"/>, which are also the help-desk timeline's kinds (docs/api.md).</summary>
public static class LinkHistoryKinds
{
    public const string LinkStarted = "wallet.link.started";
    public const string LinkCompleted = "wallet.link.completed";
    public const string LinkFailed = "wallet.link.failed";
    public const string Unlinked = "wallet.unlinked";
    public const string TokenRefreshFailed = "wallet.token-refresh.failed";
}

/// <summary>Who ended a link (<see cref="LinkHistoryKinds.Unlinked"/>'s reason).</summary>
public static class UnlinkReasons
{
    public const string Member = "member";
    public const string AccountDeleted = "account-deleted";
}
