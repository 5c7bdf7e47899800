using System.Net;
using Onboarding.Gateway.Pages.Step3;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// STEP 3 after the code: 続行 to the provider, the callback's outcomes, the e-money mypage and 登録完了, and the
/// member's tokens renewed when they expire — against the fake identity-portal, wallet-link and membership.
/// </summary>
public sealed class Step3MypagePageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public Step3MypagePageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    private FakeWalletLink Wallet => _gateway.Fakes.Wallet;

    private FakeMembership Membership => _gateway.Fakes.Membership;

    private static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }

    private async Task<HttpClient> SignedInAsync(string? acceptLanguage = null)
    {
        var client = _gateway.CreateClient(acceptLanguage);
        AssertRedirect(await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email), "/step3/code");
        AssertRedirect(await Step3Steps.VerifyAsync(client, Portal.LastMail.Code), "/step3/verified");
        return client;
    }

    /// <summary>The provider round trip as the browser makes it: authorize page → gateway callback (proxied) → mypage.</summary>
    private async Task<string> ThroughProviderAsync(HttpClient client, Uri authorizationUrl)
    {
        using var browserElsewhere = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var provider = await browserElsewhere.GetAsync(authorizationUrl);
        Assert.Equal(HttpStatusCode.Redirect, provider.StatusCode);
        var callback = provider.Headers.Location!;
        Assert.Equal("/api/wallet/links/callback", callback.AbsolutePath);
        var back = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Continue_redirects_to_the_providers_authorize_page_with_the_members_token()
    {
        using var client = await SignedInAsync();
        var location = await Step3Steps.ContinueToProviderAsync(client);

        Assert.StartsWith(new Uri(Wallet.BaseAddress, "provider/authorize").ToString(), location.ToString());
        var started = Assert.Single(Wallet.Requests, r => r.Method == "POST" && r.PathAndQuery == "/api/wallet/links");
        Assert.Equal("Bearer " + Portal.IssuedTokens.First(), started.Authorization);
        Assert.Contains("\"returnUrl\":\"/step3/mypage\"", started.Body);

        // The address is handed over once: a reload or a bookmark of the page lands on the mypage.
        Assert.Equal("/step3/mypage", (await client.GetAsync("/step3/link")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Linking_ends_on_the_mypage_with_balance_transactions_and_registration_complete()
    {
        Wallet.OnLinked = Membership.CompleteOnboarding;
        using var client = await SignedInAsync();
        var authorize = await Step3Steps.ContinueToProviderAsync(client);
        var back = await ThroughProviderAsync(client, authorize);
        Assert.Equal("/step3/mypage?link=linked", back);

        var html = await client.GetStringAsync(back);
        Assert.Contains("PokePayとの連携が完了しました。", HtmlForms.Text(html, "link-outcome"));
        Assert.Equal("連携済み", HtmlForms.Text(html, "link-state"));
        Assert.Equal("12,345円", HtmlForms.Text(html, "balance"));
        Assert.Equal("12,000円", HtmlForms.Text(html, "money-balance"));
        Assert.Equal("345円", HtmlForms.Text(html, "point-balance"));
        var transactions = HtmlForms.Text(html, "transactions");
        Assert.Contains("生協食堂 北部店", transactions);
        Assert.Contains("-480円", transactions);
        Assert.Contains("+5,000円", transactions);
        // 03:15 UTC is 12:15 in Japan.
        Assert.Contains("2026/11/24 12:15", transactions);
        Assert.Contains("登録完了", HtmlForms.Text(html, "completed-title"));
        Assert.Contains("1月1日", HtmlForms.Text(html, "completed"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "progress__step--done").Count);
        var progress = Assert.Single(Membership.RequestsTo("GET", "/api/membership/onboarding/" + FakeIdentityPortal.Member1Id));
        Assert.NotNull(progress);
    }

    [Fact]
    public async Task Registration_complete_is_shown_only_when_membership_says_so()
    {
        using var client = await SignedInAsync();
        Wallet.Link(FakeIdentityPortal.Member1Id);

        var linkedOnly = await client.GetStringAsync("/step3/mypage");
        Assert.Equal("連携済み", HtmlForms.Text(linkedOnly, "link-state"));
        Assert.DoesNotContain("登録完了", linkedOnly);
        Assert.DoesNotContain("id=\"completed\"", linkedOnly);
        Assert.Contains("自動で更新", HtmlForms.Text(linkedOnly, "completion-pending"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"5\">", linkedOnly);

        Membership.CompleteOnboarding(FakeIdentityPortal.Member1Id);
        var completed = await client.GetStringAsync("/step3/mypage");
        Assert.Contains("登録完了", HtmlForms.Text(completed, "completed-title"));
        Assert.DoesNotContain("id=\"completion-pending\"", completed);
        Assert.DoesNotContain("http-equiv=\"refresh\"", completed);
    }

    [Fact]
    public async Task Already_linked_goes_straight_to_the_mypage()
    {
        using var client = await SignedInAsync();
        Wallet.Link(FakeIdentityPortal.Member1Id);
        AssertRedirect(await Step3Steps.ContinueAsync(client), "/step3/mypage");
    }

    [Fact]
    public async Task Each_unsuccessful_outcome_is_explained_with_a_way_to_try_again()
    {
        (string outcome, string message)[] rows =
        [
            ("denied", "「アクセスを許可する」が選ばれなかった"),
            ("expired", "有効期限が切れました"),
            ("invalid", "この認証結果を確認できませんでした"),
            ("failed", "PokePay側でエラーが発生した"),
            ("unavailable", "PokePayに接続できなかった"),
            ("wallet_in_use", "すでに別の組合員と連携されている"),
            ("wrong_browser", "別のブラウザ（または別の方）が始めたもの"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (outcome, message) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = await SignedInAsync();
            var html = await client.GetStringAsync("/step3/mypage?link=" + outcome);
            Assert.Contains(message, HtmlForms.Text(html, "link-outcome"));
            Assert.Equal("未連携", HtmlForms.Text(html, "link-state"));
            Assert.Equal("PokePay 認証へ進む", HtmlForms.Text(html, "start-link"));
            Assert.DoesNotContain("登録完了", html);
        });
    }

    [Fact]
    public async Task The_providers_answer_comes_back_as_the_outcome()
    {
        (ProviderDecision decision, string outcome)[] rows =
        [
            (ProviderDecision.Deny, "denied"),
            (ProviderDecision.Error, "failed"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (decision, outcome) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            Wallet.Decision = decision;
            using var client = await SignedInAsync();
            var back = await ThroughProviderAsync(client, await Step3Steps.ContinueToProviderAsync(client));
            Assert.Equal("/step3/mypage?link=" + outcome, back);
            Assert.False(Wallet.IsLinked(FakeIdentityPortal.Member1Id));
        });
    }

    [Fact]
    public async Task A_stale_attempt_comes_back_expired_and_retrying_starts_a_new_one()
    {
        using var client = await SignedInAsync();
        var authorize = await Step3Steps.ContinueToProviderAsync(client);
        Wallet.ExpireAttempts();
        Assert.Equal("/step3/mypage?link=expired", await ThroughProviderAsync(client, authorize));

        var retry = await Step3Steps.ContinueToProviderAsync(client, "/step3/mypage?link=expired");
        Assert.Equal("/step3/mypage?link=linked", await ThroughProviderAsync(client, retry));
    }

    [Fact]
    public async Task Continue_hands_the_browser_the_binding_cookie_for_the_callback_only()
    {
        using var client = await SignedInAsync();
        var posted = await Step3Steps.ContinueAsync(client);
        var cookie = Assert.Single(posted.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Onboarding.WalletLink.", StringComparison.Ordinal));
        Assert.Contains("path=/api/wallet/links/callback", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("expires=", cookie);
    }

    [Fact]
    public async Task A_provider_address_finished_in_another_browser_links_nothing_and_that_browser_is_told_why()
    {
        using var starter = await SignedInAsync();
        var authorize = await Step3Steps.ContinueToProviderAsync(starter);

        // Another person's browser, not signed in here, with the starter's address.
        using var other = _gateway.CreateClient();
        var back = await ThroughProviderAsync(other, authorize);
        Assert.Equal("/step3/mypage?link=wrong_browser", back);
        var response = await other.GetAsync(back);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("別のブラウザ（または別の方）が始めたもの", HtmlForms.Text(await response.Content.ReadAsStringAsync(), "link-outcome"));
        Assert.False(Wallet.IsLinked(FakeIdentityPortal.Member1Id));
    }

    [Fact]
    public async Task Provider_down_is_a_notice_on_the_mypage_not_an_error()
    {
        using var client = await SignedInAsync();
        Wallet.Link(FakeIdentityPortal.Member1Id);
        Wallet.ProviderAvailable = false;
        var response = await client.GetAsync("/step3/mypage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("PokePayに接続できない", HtmlForms.Text(html, "provider-down"));
        Assert.Equal("連携済み", HtmlForms.Text(html, "link-state"));
        Assert.DoesNotContain("id=\"balance\"", html);
        Assert.DoesNotContain("id=\"transactions\"", html);
    }

    [Fact]
    public async Task Wallet_link_unreachable_says_try_later()
    {
        using var client = await SignedInAsync();
        // An answer that is not the API's (a 404 with no problem document): not retried, and not the member's fault.
        Wallet.RespondOnce("GET", "/api/wallet/me", 404);
        var response = await client.GetAsync("/step3/mypage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ただいまサービスに接続できません。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Link_start_failure_is_shown_with_a_retry()
    {
        using var client = await SignedInAsync();
        // POSTs are never retried, so one failure is what the member sees.
        Wallet.RespondOnce("POST", "/api/wallet/links", 503);
        var response = await Step3Steps.ContinueAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("PokePay 認証を開始できませんでした", html);
        Assert.Contains("ただいまサービスに接続できません。", html);
        Assert.Equal("PokePay 認証へ進む", HtmlForms.Text(html, "retry-link"));
    }

    [Fact]
    public async Task Not_signed_in_goes_to_sign_in()
    {
        using var client = _gateway.CreateClient();
        AssertRedirect(await client.GetAsync("/step3/mypage"), "/step3");
        AssertRedirect(await client.GetAsync("/step3/mypage?link=linked"), "/step3");
    }

    [Fact]
    public async Task An_expired_access_token_is_renewed_before_use()
    {
        Portal.AccessTokenLifetime = TimeSpan.Zero;
        using var client = await SignedInAsync();
        Wallet.Link(FakeIdentityPortal.Member1Id);
        var first = Portal.IssuedTokens.First();
        // expires_in was 0: the gateway must renew before calling, and gets a token that lasts.
        Portal.AccessTokenLifetime = TimeSpan.FromMinutes(5);

        var html = await client.GetStringAsync("/step3/mypage");
        Assert.Equal("連携済み", HtmlForms.Text(html, "link-state"));
        Assert.Equal(1, Portal.Refreshes);
        Assert.DoesNotContain(Wallet.Requests, r => r.Authorization == "Bearer " + first);
    }

    [Fact]
    public async Task A_401_renews_the_token_once_and_the_new_pair_is_kept()
    {
        using var client = await SignedInAsync();
        Wallet.Link(FakeIdentityPortal.Member1Id);
        Portal.ExpireAccessTokens();

        var response = await client.GetAsync("/step3/mypage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("連携済み", HtmlForms.Text(await response.Content.ReadAsStringAsync(), "link-state"));
        Assert.Equal(1, Portal.Refreshes);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Step3State.SessionCookieName + "=", StringComparison.Ordinal));

        // The rotated refresh token was written back: the next page needs no refresh, and still works.
        Assert.Equal("連携済み", HtmlForms.Text(await client.GetStringAsync("/step3/mypage"), "link-state"));
        Assert.Equal(1, Portal.Refreshes);
        Portal.ExpireAccessTokens();
        Assert.Equal("連携済み", HtmlForms.Text(await client.GetStringAsync("/step3/mypage"), "link-state"));
        Assert.Equal(2, Portal.Refreshes);
    }

    [Fact]
    public async Task A_refused_refresh_token_signs_the_member_out_with_a_message()
    {
        using var client = await SignedInAsync();
        Portal.ExpireAccessTokens();
        Portal.RevokeRefreshTokens();

        AssertRedirect(await client.GetAsync("/step3/mypage"), "/step3");
        var html = await client.GetStringAsync("/step3");
        Assert.Contains("サインインの有効期限が切れました。", HtmlForms.Text(html, "session-expired"));
        AssertRedirect(await client.GetAsync("/step3/verified"), "/step3");
        AssertRedirect(await HtmlForms.PostFormAsync(client, "/step3", "/step3/link"), "/step3");
        Assert.DoesNotContain(Wallet.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task English_mypage_formats_yen_the_english_way()
    {
        using var client = await SignedInAsync("en");
        Wallet.Link(FakeIdentityPortal.Member1Id);
        Membership.CompleteOnboarding(FakeIdentityPortal.Member1Id);
        var html = await client.GetStringAsync("/step3/mypage");
        Assert.Contains("Registration complete", HtmlForms.Text(html, "completed-title"));
        Assert.Equal("¥12,345", HtmlForms.Text(html, "balance"));
        Assert.Contains("-¥480", HtmlForms.Text(html, "transactions"));
        Assert.Contains("+¥5,000", HtmlForms.Text(html, "transactions"));
        Assert.Contains("Linked", HtmlForms.Text(html, "link-state"));
    }
}
