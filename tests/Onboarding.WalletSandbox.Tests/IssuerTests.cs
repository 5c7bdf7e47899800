using Onboarding.Testing.Wallet;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>
/// Browsers and wallet-link may reach the sandbox under different host names: tokens are bound to their issuer,
/// which follows the request unless <c>WalletSandbox:Issuer</c> fixes it.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class IssuerTests(SandboxFactory sandbox)
{
    private const string OtherHost = "http://wallet-sandbox.internal/";

    [Fact]
    public async Task Without_a_fixed_issuer_a_code_must_be_redeemed_under_the_host_it_was_issued_on()
    {
        using var browser = sandbox.NewBrowser();
        var (code, pkce) = await CodeAsync(browser);
        using var http = sandbox.NewApiClient();
        http.BaseAddress = new Uri(OtherHost);

        using var response = await new OAuthClient(http).ExchangeCodeAsync(code, pkce.Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await OAuthClient.JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task With_a_fixed_issuer_codes_and_tokens_work_under_any_host_name()
    {
        await using var fixedIssuer = new FixedIssuerSandbox(sandbox);
        using var browser = new ProviderBrowser(
            fixedIssuer.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), sandbox.Inbox);
        var (code, pkce) = await CodeAsync(browser);
        using var http = fixedIssuer.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(OtherHost) });
        var api = new OAuthClient(http);

        var tokens = await OAuthClient.TokensAsync(await api.ExchangeCodeAsync(code, pkce.Verifier));
        Assert.Equal(HttpStatusCode.OK, (await api.GetWithTokenAsync("/users/me", tokens.AccessToken)).StatusCode);
    }

    private static async Task<(string Code, Pkce Pkce)> CodeAsync(ProviderBrowser browser)
    {
        var pkce = Pkce.New();
        var redirect = await browser.AuthorizeAsync(OAuthClient.AuthorizeUrl(pkce, "s"), $"issuer-{Guid.NewGuid():N}@univcoop-test.jp");
        return (redirect["code"]!, pkce);
    }

    private sealed class FixedIssuerSandbox(SandboxFactory original) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            SandboxFactory.Configure(builder, original.DatabaseConnectionString, original.Smtp);
            builder.UseSetting("WalletSandbox:Issuer", "http://sandbox.pokepay.example/");
        }
    }
}
