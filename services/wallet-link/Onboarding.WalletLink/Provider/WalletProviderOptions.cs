namespace Onboarding.WalletLink.Provider;

/// <summary>The wallet provider (<c>WalletProvider</c> configuration): nothing here assumes the sandbox.</summary>
public sealed class WalletProviderOptions
{
    public const string Section = "WalletProvider";

    /// <summary>What events and the API call the provider.</summary>
    public string Name { get; set; } = "pokepay";

    /// <summary>Where wallet-link calls the provider (token, revoke, wallet API).</summary>
    public Uri BaseUrl { get; set; } = new("http://wallet-sandbox/");

    /// <summary>Where the member's browser is sent to log in and consent; the provider's public address.</summary>
    public Uri? AuthorizeUrl { get; set; }

    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>Our callback exactly as registered at the provider (the gateway's <c>/api/wallet/links/callback</c>).</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The callback's path as the member's browser sees it, where the browser binding cookie is sent.</summary>
    public string CallbackPath => RedirectUri?.AbsolutePath ?? "/api/wallet/links/callback";

    public string Scope { get; set; } = "read";

    /// <summary>Recent transactions shown on the mypage.</summary>
    public int TransactionsShown { get; set; } = 10;
}
