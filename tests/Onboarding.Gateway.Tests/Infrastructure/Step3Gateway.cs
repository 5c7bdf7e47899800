using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The three fakes STEP 3 talks to, wired together the way the real services are: identity-portal issues the tokens,
/// wallet-link and membership accept them.
/// </summary>
public sealed class Step3Fakes : IAsyncDisposable
{
    public FakeMembership Membership { get; private init; } = null!;

    public FakeIdentityPortal Portal { get; private init; } = null!;

    public FakeWalletLink Wallet { get; private init; } = null!;

    public static async Task<Step3Fakes> StartAsync()
    {
        var membership = await FakeMembership.StartAsync();
        var portal = await FakeIdentityPortal.StartAsync();
        membership.Authenticate = portal.MemberOf;
        var wallet = await FakeWalletLink.StartAsync(portal.MemberOf);
        return new Step3Fakes { Membership = membership, Portal = portal, Wallet = wallet };
    }

    /// <summary>Member 1 has a My Portal account (STEP 2 done elsewhere); nothing linked, nothing completed.</summary>
    public void Reset()
    {
        Membership.Reset();
        Portal.Reset();
        Wallet.Reset();
        Portal.AddAccount(FakeMembership.Member1Email);
    }

    public IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["services:membership:http:0"] = Membership.BaseAddress.ToString(),
        ["services:identity-portal:http:0"] = Portal.BaseAddress.ToString(),
        ["services:wallet-link:http:0"] = Wallet.BaseAddress.ToString(),
        ["Gateway:RateLimiting:PermitsPerMinute"] = "100000",
    };

    public async ValueTask DisposeAsync()
    {
        await Wallet.DisposeAsync();
        await Portal.DisposeAsync();
        await Membership.DisposeAsync();
    }
}

/// <summary>The gateway in memory with <see cref="Step3Fakes"/> behind it.</summary>
public sealed class Step3Gateway : IAsyncLifetime
{
    public Step3Fakes Fakes { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fakes = await Step3Fakes.StartAsync();
        Factory = new GatewayFactory().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Fakes.ServiceSettings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    public HttpClient CreateClient(string? acceptLanguage = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Fakes.DisposeAsync();
    }
}

/// <summary>The STEP 3 forms, posted the way a browser without JavaScript would.</summary>
public static class Step3Steps
{
    public static Task<HttpResponseMessage> SendCodeAsync(HttpClient client, string email) =>
        HtmlForms.PostFormAsync(client, "/step3", "/step3", new Dictionary<string, string> { ["Email"] = email });

    public static Task<HttpResponseMessage> VerifyAsync(HttpClient client, string code) =>
        HtmlForms.PostFormAsync(client, "/step3/code", "/step3/code", new Dictionary<string, string> { ["Code"] = code });

    public static Task<HttpResponseMessage> ResendAsync(HttpClient client) =>
        HtmlForms.PostFormAsync(client, "/step3/code", "/step3/code/resend");

    /// <summary>続行 on the verified page.</summary>
    public static Task<HttpResponseMessage> ContinueAsync(HttpClient client, string fromPage = "/step3/verified") =>
        HtmlForms.PostFormAsync(client, fromPage, "/step3/link");

    /// <summary>
    /// 続行, then the page it leads to, which sends the browser on to the provider (a meta refresh and a link);
    /// returns the provider's address from it.
    /// </summary>
    public static async Task<Uri> ContinueToProviderAsync(HttpClient client, string fromPage = "/step3/verified")
    {
        var posted = await ContinueAsync(client, fromPage);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/step3/link", posted.Headers.Location?.OriginalString);
        var html = await client.GetStringAsync("/step3/link");
        var address = HtmlForms.Attribute(HtmlForms.Tag(html, "to-provider"), "href")!;
        Assert.Matches("""<meta http-equiv="refresh" content="0;url=""" + System.Text.RegularExpressions.Regex.Escape(System.Net.WebUtility.HtmlEncode(address)) + "\">", html);
        return new Uri(address);
    }
}
