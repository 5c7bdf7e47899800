namespace Onboarding.WalletLink.Domain;

/// <summary>
/// A member's linked wallet: which provider user and account, and the provider's tokens, encrypted at rest. The
/// refresh token rotates: each use brings a new one, stored in place of the old.
/// </summary>
public sealed class LinkedWallet
{
    public Guid MemberId { get; init; }
    public required string Provider { get; init; }
    public required string WalletUserId { get; init; }
    public required string WalletAccountId { get; init; }
    public required string ProtectedAccessToken { get; set; }
    public required string ProtectedRefreshToken { get; set; }
    public DateTimeOffset AccessTokenExpiresAt { get; set; }
    public DateTimeOffset LinkedAt { get; init; }

    /// <summary>A little before the provider's expiry, so a token does not run out on its way there.</summary>
    public bool AccessTokenNeedsRefresh(DateTimeOffset now) => now >= AccessTokenExpiresAt - TimeSpan.FromSeconds(30);
}
