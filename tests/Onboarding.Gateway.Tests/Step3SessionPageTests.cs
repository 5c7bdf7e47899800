using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The STEP 3 member session: sign-out from every page (the refresh token revoked at identity-portal), an absolute end
/// however often the tokens are renewed, and two tabs renewing at once — against the fake identity-portal.
/// </summary>
public sealed class Step3SessionPageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public Step3SessionPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    private static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }

    private async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program>? factory = null) =>
        await SignInAsync((factory ?? _gateway.Factory).CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    private async Task<HttpClient> SignInAsync(HttpClient client)
    {
        AssertRedirect(await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email), "/step3/code");
        AssertRedirect(await Step3Steps.VerifyAsync(client, Portal.LastMail.Code), "/step3/verified");
        return client;
    }

    /// <summary>A browser tab: its own client holding a copy of <paramref name="cookies"/>, redirects not followed.</summary>
    private HttpClient Tab(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies()) copy.Add(cookie);
        return _gateway.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(copy));
    }

    [Fact]
    public async Task Every_page_offers_sign_out_once_signed_in_and_only_then()
    {
        using var client = _gateway.CreateClient();
        Assert.DoesNotContain("id=\"sign-out\"", await client.GetStringAsync("/"));

        using var member = await SignedInAsync();
        foreach (var page in new[] { "/", "/step1", "/step2", "/step3", "/step3/verified", "/step3/mypage", "/resume" })
        {
            var html = await member.GetStringAsync(page);
            Assert.Equal("サインアウト", HtmlForms.Text(html, "sign-out"));
        }
    }

    [Fact]
    public async Task Sign_out_revokes_the_refresh_token_and_the_pages_no_longer_show_the_member()
    {
        using var client = await SignedInAsync();
        var refreshToken = Portal.IssuedTokens.ElementAt(1);
        Assert.Contains("id=\"signed-in\"", await client.GetStringAsync("/step3"));

        AssertRedirect(await HtmlForms.PostFormAsync(client, "/step3/mypage", "/step3/sign-out"), "/step3");

        Assert.Equal([refreshToken], Portal.RevokedTokens);
        using var tokenEndpoint = new HttpClient { BaseAddress = Portal.BaseAddress };
        var replay = await tokenEndpoint.PostAsync("/api/portal/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);

        var signIn = await client.GetStringAsync("/step3");
        Assert.Contains("サインアウトしました。", HtmlForms.Text(signIn, "signed-out"));
        Assert.DoesNotContain("id=\"signed-in\"", signIn);
        Assert.DoesNotContain("id=\"sign-out\"", signIn);
        AssertRedirect(await client.GetAsync("/step3/mypage"), "/step3");
        AssertRedirect(await client.GetAsync("/step3/verified"), "/step3");
        Assert.DoesNotContain("id=\"sign-out\"", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token()
    {
        using var client = await SignedInAsync();
        var forged = await client.PostAsync("/step3/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(Portal.RevokedTokens);
        Assert.Contains("id=\"sign-out\"", await client.GetStringAsync("/step3"));
    }

    [Fact]
    public async Task The_session_ends_8_hours_after_sign_in_however_often_it_is_renewed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = _gateway.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        using var client = await SignedInAsync(factory);
        _gateway.Fakes.Wallet.Link(FakeIdentityPortal.Member1Id);

        // Every few hours the access token has long expired, and the refresh token renews it.
        foreach (var (after, refreshes) in new[] { (TimeSpan.FromHours(3), 1), (TimeSpan.FromHours(3), 2), (TimeSpan.FromMinutes(119), 3) })
        {
            clock.Advance(after);
            var html = await client.GetStringAsync("/step3/mypage");
            Assert.Equal("連携済み", HtmlForms.Text(html, "link-state"));
            Assert.Equal(refreshes, Portal.Refreshes);
        }

        // 8 hours after sign-in, although the refresh token was renewed a minute ago.
        clock.Advance(TimeSpan.FromMinutes(1));
        AssertRedirect(await client.GetAsync("/step3/mypage"), "/step3");
        Assert.Equal(3, Portal.Refreshes);
        var signIn = await client.GetStringAsync("/step3");
        Assert.Contains("サインインの有効期限が切れました。", HtmlForms.Text(signIn, "session-expired"));
        Assert.DoesNotContain("id=\"sign-out\"", signIn);
        // Said once; the session is gone for good.
        Assert.DoesNotContain("id=\"session-expired\"", await client.GetStringAsync("/step3"));
        AssertRedirect(await client.GetAsync("/step3/mypage"), "/step3");
    }

    [Fact]
    public async Task Two_tabs_renewing_at_the_same_moment_both_stay_signed_in()
    {
        var cookies = new CookieContainer();
        using var browser = await SignInAsync(_gateway.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        _gateway.Fakes.Wallet.Link(FakeIdentityPortal.Member1Id);
        Portal.ExpireAccessTokens();

        // Two tabs of the same browser send the same cookie, so both renew with the same refresh token.
        using var first = Tab(cookies);
        using var second = Tab(cookies);
        var pages = await Task.WhenAll(first.GetAsync("/step3/mypage"), second.GetAsync("/step3/mypage"));
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("連携済み", HtmlForms.Text(await page.Content.ReadAsStringAsync(), "link-state"));
        }
        Assert.Equal(2, Portal.Refreshes);
        // Whichever tab's cookie the browser keeps, the member stays signed in.
        Assert.Equal("連携済み", HtmlForms.Text(await first.GetStringAsync("/step3/mypage"), "link-state"));
        Assert.Equal("連携済み", HtmlForms.Text(await second.GetStringAsync("/step3/mypage"), "link-state"));
        Assert.Equal(2, Portal.Refreshes);
    }
}
