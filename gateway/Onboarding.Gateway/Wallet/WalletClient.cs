using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Wallet;

// The shapes of wallet-link's member API (STEP 3), as the gateway reads them.

public sealed record WalletLinkStarted(string AuthorizationUrl, WalletBrowserBinding? BrowserBinding);

/// <summary>The cookie wallet-link requires the member's browser to bring back to its callback (login CSRF defence).</summary>
public sealed record WalletBrowserBinding(string CookieName, string CookieValue, string CookiePath, DateTimeOffset ExpiresAt);

/// <summary>
/// The e-money mypage's data. When the provider cannot be reached, <see cref="ProviderAvailable"/> is false and the
/// amounts and transactions are null: the link itself is still known.
/// </summary>
public sealed record WalletOverview(
    bool Linked,
    string? Provider,
    string? WalletAccountId,
    DateTimeOffset? LinkedAt,
    bool ProviderAvailable = true,
    decimal? Balance = null,
    decimal? MoneyBalance = null,
    decimal? PointBalance = null,
    IReadOnlyList<WalletTransaction>? Transactions = null);

public sealed record WalletTransaction(
    string? Id,
    string? Type,
    string? Description,
    decimal? Amount,
    decimal? MoneyAmount,
    decimal? PointAmount,
    DateTimeOffset DoneAt);

public sealed record WalletUnlinked;

public static class WalletProblemCodes
{
    public const string AlreadyLinked = "already_linked";
    public const string NotLinked = "not_linked";
    public const string ProviderUnavailable = "provider_unavailable";
}

/// <summary>
/// wallet-link's member API, called server-side with the member's access token (never handed to the browser).
/// A 401 comes back as a problem with <c>Status</c> 401, which <see cref="Step3.MemberSession"/> answers by refreshing.
/// </summary>
public sealed class WalletClient(HttpClient http, ILogger<WalletClient> logger)
{
    private readonly ServiceApi _api = new(http, logger, "Wallet link");

    /// <param name="returnUrl">A path on our site the provider's callback ends on (with <c>?link=...</c>).</param>
    public Task<ServiceResult<WalletLinkStarted>> StartLinkAsync(string accessToken, string returnUrl, CancellationToken cancellationToken) =>
        _api.SendAsync<WalletLinkStarted>(HttpMethod.Post, "/api/wallet/links", new { returnUrl }, cancellationToken, bearerToken: accessToken);

    public Task<ServiceResult<WalletOverview>> GetOverviewAsync(string accessToken, CancellationToken cancellationToken) =>
        _api.SendAsync<WalletOverview>(HttpMethod.Get, "/api/wallet/me", null, cancellationToken, bearerToken: accessToken);

    public Task<ServiceResult<WalletUnlinked>> UnlinkAsync(string accessToken, CancellationToken cancellationToken) =>
        _api.SendAsync(HttpMethod.Delete, "/api/wallet/links/me", null, cancellationToken, () => new WalletUnlinked(), accessToken);
}

public static class WalletClientRegistration
{
    public const string HttpClientName = "wallet-link";

    /// <summary>Overrides the service-discovery address <c>http://wallet-link</c>, e.g. to point a test at a fake.</summary>
    public const string BaseAddressKey = "Services:WalletLink";

    public const string DefaultBaseAddress = "http://wallet-link";

    public static IHostApplicationBuilder AddWalletClient(this IHostApplicationBuilder builder) =>
        builder.AddServiceApiClient<WalletClient>(HttpClientName, BaseAddressKey, DefaultBaseAddress);
}
