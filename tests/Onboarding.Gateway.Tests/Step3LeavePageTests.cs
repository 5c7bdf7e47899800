using System.Net;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// 退会 (issue 13 §5) against the fakes: the consequences before the final button; the wallet unlinked first, then the
/// account deleted; the browser signed out and told once; a provider that cannot be reached stops everything.
/// </summary>
public sealed class Step3LeavePageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public Step3LeavePageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    private FakeWalletLink Wallet => _gateway.Fakes.Wallet;

    private static readonly Guid Member = FakeIdentityPortal.Member1Id;

    private Task<HttpClient> SignedInAndLinkedAsync(string? acceptLanguage = null) => Step3Steps.SignedInAndLinkedAsync(_gateway, acceptLanguage);

    private static Task<HttpResponseMessage> LeaveAsync(HttpClient client) =>
        HtmlForms.PostFormAsync(client, "/step3/mypage/leave", "/step3/mypage/leave");

    [Fact]
    public async Task The_page_explains_the_consequences_and_the_final_button_unlinks_deletes_and_signs_the_browser_out()
    {
        using var client = await SignedInAndLinkedAsync();
        var mypage = await client.GetStringAsync("/step3/mypage");
        Assert.Contains("マイポータルのアカウントを削除する（退会）", HtmlForms.Text(mypage, "leave"));
        Assert.Contains("<a href=\"/step3/mypage/leave\">", mypage);

        var page = await client.GetStringAsync("/step3/mypage/leave");
        var consequences = HtmlForms.Text(page, "leave-consequences");
        Assert.Contains("PokePayとの連携を解除します", consequences);
        Assert.Contains("お支払いやチャージはできなくなります", consequences);
        Assert.Contains("サインインの記録を削除します", consequences);
        Assert.Contains("STEP 2「マイポータルへの登録」からやり直して", consequences);
        Assert.Contains("組合員名簿）と、STEP 1で確認したメールアドレスは生協に残ります", consequences);
        Assert.Equal("アカウントを削除する", HtmlForms.Text(page, "confirm-leave"));
        Assert.Equal(0, Portal.AccountDeletions);

        var left = await LeaveAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal("/step3/left", left.Headers.Location?.OriginalString);
        // The wallet first, then the account.
        Assert.False(Wallet.IsLinked(Member));
        Assert.Single(Wallet.Requests, r => r.Method == "DELETE" && r.PathAndQuery == "/api/wallet/links/me");
        Assert.Equal(1, Portal.AccountDeletions);

        var done = await client.GetStringAsync("/step3/left");
        Assert.Contains("アカウントを削除しました", HtmlForms.Text(done, "page-title"));
        Assert.Contains("お知らせのメールをお送りしました", HtmlForms.Text(done, "left-text"));
        // Said once; the browser is signed out.
        Assert.Equal("/", (await client.GetAsync("/step3/left")).Headers.Location?.OriginalString);
        Assert.Equal("/step3", (await client.GetAsync("/step3/mypage")).Headers.Location?.OriginalString);
        Assert.Equal("/step3", (await client.GetAsync("/step3/mypage/leave")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_member_with_nothing_linked_can_leave_too()
    {
        using var client = await SignedInAndLinkedAsync();
        Wallet.Reset();
        Assert.Equal("/step3/left", (await LeaveAsync(client)).Headers.Location?.OriginalString);
        Assert.Equal(1, Portal.AccountDeletions);
    }

    [Fact]
    public async Task An_unreachable_provider_stops_everything_and_the_member_is_told()
    {
        using var client = await SignedInAndLinkedAsync();
        Wallet.RespondOnce("DELETE", "/links/me", 503,
            ServiceText.Problem(503, "provider_unavailable", ServiceText.WalletLink.Title("provider_unavailable")));

        var response = await LeaveAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("連携の解除もアカウントの削除も行っていません", await response.Content.ReadAsStringAsync());
        Assert.True(Wallet.IsLinked(Member));
        Assert.Equal(0, Portal.AccountDeletions);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/step3/mypage")).StatusCode);
    }

    [Fact]
    public async Task Without_a_session_or_the_antiforgery_token_nothing_happens()
    {
        using var anonymous = _gateway.CreateClient();
        Assert.Equal("/step3", (await anonymous.GetAsync("/step3/mypage/leave")).Headers.Location?.OriginalString);
        Assert.Equal("/", (await anonymous.GetAsync("/step3/left")).Headers.Location?.OriginalString);

        using var client = await SignedInAndLinkedAsync();
        var forged = await client.PostAsync("/step3/mypage/leave", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(Wallet.IsLinked(Member));
        Assert.Equal(0, Portal.AccountDeletions);
    }

    [Fact]
    public async Task The_page_is_complete_in_English()
    {
        using var client = await SignedInAndLinkedAsync("en");
        var html = await client.GetStringAsync("/step3/mypage/leave");
        Assert.Contains("Deleting your My Portal account", HtmlForms.Text(html, "page-title"));
        Assert.Contains("do STEP 2 (\"Register for My Portal\") again", HtmlForms.Text(html, "leave-consequences"));
        Assert.Equal("Delete my account", HtmlForms.Text(html, "confirm-leave"));
    }
}
