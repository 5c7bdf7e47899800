namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>The STEP 3 forms, posted the way a browser without JavaScript would.</summary>
public static class Step3Steps
{
    /// <summary>A client signed in as member 1 by e-mailed code, with the wallet linked at the fake wallet-link.</summary>
    public static async Task<HttpClient> SignedInAndLinkedAsync(JourneyGateway gateway, string? acceptLanguage = null)
    {
        var client = gateway.CreateClient(acceptLanguage);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await SendCodeAsync(client, FakeMembership.Member1Email)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await VerifyAsync(client, gateway.Fakes.Portal.LastMail.Code)).StatusCode);
        gateway.Fakes.Wallet.Link(FakeIdentityPortal.Member1Id);
        return client;
    }

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
