using Onboarding.Testing.Wallet;

namespace Onboarding.WalletLink.Tests;

/// <summary>A member of a test's own who links a wallet through the sandbox's real pages.</summary>
public static class LinkedMember
{
    public static string NewEmail() => $"w{Guid.NewGuid():N}"[..12] + "@example.ac.jp";

    /// <summary>Begins a link, logs in and consents on the provider's pages, and follows the redirect back.</summary>
    public static async Task<string> LinkAsync(WalletLinkFactory factory, WalletApiClient member, string? email = null, bool allow = true)
    {
        var authorizationUrl = await member.AuthorizationUrlAsync();
        using var browser = ProviderBrowser.Open(null, () => factory.Sandbox.Smtp.CreateClient());
        var back = await browser.AuthorizeAsync(authorizationUrl.ToString(), email ?? NewEmail(), allow);
        Assert.Equal(WalletLinkFactory.RedirectUri, back.Location.GetLeftPart(UriPartial.Path));
        return await member.CallbackAsync(back.Location.Query);
    }
}
