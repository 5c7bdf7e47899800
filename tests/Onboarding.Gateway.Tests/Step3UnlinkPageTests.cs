using System.Net;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The wallet from the mypage (issue 13 §4): PokePayとの連携を解除する, its confirmation page, the final button, the
/// mypage afterwards (not linked, linking offered again, no 登録完了) and a relink — against the fakes, which play
/// wallet-link's unlink and membership's STEP 3 cleared and set again.
/// </summary>
public sealed class Step3UnlinkPageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public Step3UnlinkPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
        Wallet.OnLinked = Membership.CompleteOnboarding;
        Wallet.OnUnlinked = Membership.Unlink;
    }

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    private FakeWalletLink Wallet => _gateway.Fakes.Wallet;

    private FakeMembership Membership => _gateway.Fakes.Membership;

    private static readonly Guid Member = FakeIdentityPortal.Member1Id;

    private async Task<HttpClient> SignedInAndLinkedAsync(string? acceptLanguage = null)
    {
        var client = await Step3Steps.SignedInAndLinkedAsync(_gateway, acceptLanguage);
        Membership.CompleteOnboarding(Member);
        return client;
    }

    private static Task<HttpResponseMessage> UnlinkAsync(HttpClient client) =>
        HtmlForms.PostFormAsync(client, "/step3/mypage/unlink", "/step3/mypage/unlink");

    [Fact]
    public async Task The_confirmation_says_what_unlinking_means_and_the_final_button_unlinks_with_the_members_token()
    {
        using var client = await SignedInAndLinkedAsync();
        var mypage = await client.GetStringAsync("/step3/mypage");
        Assert.Contains("登録完了", HtmlForms.Text(mypage, "completed-title"));
        Assert.Equal("/step3/mypage/unlink", HtmlForms.Attribute(HtmlForms.Tag(mypage, "unlink"), "href"));

        var confirmation = await client.GetStringAsync("/step3/mypage/unlink");
        var consequences = HtmlForms.Text(confirmation, "unlink-consequences");
        Assert.Contains("残高とポイントはPokePayに残ります", consequences);
        Assert.Contains("生協の電子マネーでのお支払いやチャージはご利用いただけません", consequences);
        Assert.Contains("トークン）は取り消されます", consequences);
        Assert.Contains("いつでもやり直せます", consequences);
        Assert.Equal("連携を解除する", HtmlForms.Text(confirmation, "confirm-unlink"));
        Assert.DoesNotContain(Wallet.Requests, r => r.Method == "DELETE");

        var unlinked = await UnlinkAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Equal("/step3/mypage", unlinked.Headers.Location?.OriginalString);
        var delete = Assert.Single(Wallet.Requests, r => r.Method == "DELETE");
        Assert.Equal("/api/wallet/links/me", delete.PathAndQuery);
        Assert.Equal("Bearer " + Portal.IssuedTokens.First(), delete.Authorization);
        Assert.False(Wallet.IsLinked(Member));

        // Not linked, linking offered again, STEP 3 to do again: 登録完了 is not claimed, though membership keeps completed_at.
        var after = await client.GetStringAsync("/step3/mypage");
        Assert.Contains("連携を解除しました", HtmlForms.Text(after, "unlink-outcome"));
        Assert.Equal("未連携", HtmlForms.Text(after, "link-state"));
        Assert.Contains("もう一度連携してください", HtmlForms.Text(after, "not-linked"));
        Assert.Equal("PokePay 認証へ進む", HtmlForms.Text(after, "start-link"));
        Assert.DoesNotContain("id=\"completed\"", after);
        Assert.DoesNotContain("id=\"unlink\"", after);
        Assert.DoesNotContain("http-equiv=\"refresh\"", after);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(after, "progress__step--done").Count);

        // The notice is said once; the relink wording stays.
        var reload = await client.GetStringAsync("/step3/mypage");
        Assert.DoesNotContain("id=\"unlink-outcome\"", reload);
        Assert.Contains("もう一度連携してください", HtmlForms.Text(reload, "not-linked"));
    }

    [Fact]
    public async Task Linking_again_from_the_mypage_brings_registration_complete_back()
    {
        using var client = await SignedInAndLinkedAsync();
        await UnlinkAsync(client);

        var authorize = await Step3Steps.ContinueToProviderAsync(client, "/step3/mypage");
        using var browserElsewhere = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var callback = (await browserElsewhere.GetAsync(authorize)).Headers.Location!;
        var back = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal("/step3/mypage?link=linked", back.Headers.Location?.OriginalString);

        var html = await client.GetStringAsync("/step3/mypage?link=linked");
        Assert.Equal("連携済み", HtmlForms.Text(html, "link-state"));
        Assert.Contains("登録完了", HtmlForms.Text(html, "completed-title"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "progress__step--done").Count);
    }

    [Fact]
    public async Task While_membership_still_counts_the_old_link_the_unlinked_mypage_does_not_claim_completion()
    {
        using var client = await SignedInAndLinkedAsync();
        Wallet.OnUnlinked = null; // WalletUnlinked has not reached membership yet
        await UnlinkAsync(client);

        var html = await client.GetStringAsync("/step3/mypage");
        Assert.Equal("未連携", HtmlForms.Text(html, "link-state"));
        Assert.DoesNotContain("id=\"completed\"", html);
    }

    [Fact]
    public async Task An_unreachable_provider_unlinks_nothing_and_the_member_is_told_to_try_later()
    {
        using var client = await SignedInAndLinkedAsync();
        Wallet.RespondOnce("DELETE", "/links/me", 503,
            ServiceText.Problem(503, "provider_unavailable", ServiceText.WalletLink.Title("provider_unavailable")));

        var response = await UnlinkAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("連携は解除されていません。しばらくしてからもう一度お試しください。", html);
        Assert.True(Wallet.IsLinked(Member));
        Assert.Equal("連携済み", HtmlForms.Text(await client.GetStringAsync("/step3/mypage"), "link-state"));
    }

    [Fact]
    public async Task A_second_press_after_the_unlink_lands_on_the_mypage_like_the_first()
    {
        using var client = await SignedInAndLinkedAsync();
        var confirmation = await client.GetStringAsync("/step3/mypage/unlink");
        Assert.Equal("/step3/mypage", (await UnlinkAsync(client)).Headers.Location?.OriginalString);

        // The same form posted again (another tab, a double click): not_linked is the outcome asked for.
        var again = await HtmlForms.PostFormAsync(client, "/step3/mypage/unlink", "/step3/mypage/unlink");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/step3/mypage", again.Headers.Location?.OriginalString);
        Assert.NotEmpty(confirmation);
    }

    [Fact]
    public async Task Without_a_session_the_page_sends_to_sign_in_and_a_post_without_the_antiforgery_token_is_refused()
    {
        using var anonymous = _gateway.CreateClient();
        var page = await anonymous.GetAsync("/step3/mypage/unlink");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/step3", page.Headers.Location?.OriginalString);

        using var client = await SignedInAndLinkedAsync();
        var forged = await client.PostAsync("/step3/mypage/unlink", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(Wallet.IsLinked(Member));
        Assert.DoesNotContain(Wallet.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task The_confirmation_is_complete_in_English()
    {
        using var client = await SignedInAndLinkedAsync("en");
        var html = await client.GetStringAsync("/step3/mypage/unlink");
        Assert.Contains("Unlinking your PokePay wallet", HtmlForms.Text(html, "page-title"));
        Assert.Contains("stay with PokePay", HtmlForms.Text(html, "unlink-consequences"));
        Assert.Equal("Unlink", HtmlForms.Text(html, "confirm-unlink"));
    }
}
