using Onboarding.Testing.Wallet;
using System.Net;
using System.Text.Json;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>The member's whole journey on the provider and the client's token exchange and API calls after it.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AuthorizationFlowTests(SandboxFactory sandbox)
{
    private static string NewEmail() => $"flow-{Guid.NewGuid():N}@univcoop-test.jp";

    [Fact]
    public async Task Code_flow_with_pkce_gives_tokens_that_read_the_members_seeded_wallet()
    {
        using var browser = sandbox.NewBrowser();
        var api = new OAuthClient(sandbox.NewApiClient());
        var email = NewEmail();
        var pkce = Pkce.New();
        var state = Guid.NewGuid().ToString("N");

        // The contact from the authorization request pre-fills the provider's login form.
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(pkce, state, contact: email));
        var loginPage = await browser.GetPageAsync(loginUrl);
        Assert.Contains($"value=\"{email}\"", loginPage);
        Assert.Contains("ログイン・新規登録</button>", loginPage);
        Assert.Contains("Pokepay Sandbox", loginPage);

        var codeUrl = await browser.SubmitContactAsync(loginUrl, email);
        var codePage = await browser.GetPageAsync(codeUrl);
        Assert.Contains("inputmode=\"numeric\" autocomplete=\"one-time-code\"", codePage);
        Assert.Contains("ログイン</button>", codePage);
        var back = await browser.SubmitCodeAsync(codeUrl, await browser.ReadMailedCodeAsync(email));

        var consentPage = await browser.GetPageAsync(back);
        Assert.Contains("アクセスを許可する</button>", consentPage);
        var redirect = await browser.ConsentAsync(back, expectClientName: SandboxFactory.ClientDisplayName);

        Assert.Equal(SandboxFactory.RedirectUri, redirect.Location.GetLeftPart(UriPartial.Path));
        Assert.Equal(state, redirect["state"]);
        Assert.NotNull(redirect["code"]);

        using var tokenResponse = await api.ExchangeCodeAsync(redirect["code"]!, pkce.Verifier);
        var tokens = await OAuthClient.TokensAsync(tokenResponse);
        Assert.Equal("Bearer", tokens.Response.GetProperty("token_type").GetString());
        Assert.InRange(tokens.Response.GetProperty("expires_in").GetInt32(), 60, 3600);
        Assert.Equal("read", tokens.Response.GetProperty("scope").GetString());

        var me = await OAuthClient.JsonAsync(await api.GetWithTokenAsync("/users/me", tokens.AccessToken));
        var userId = me.GetProperty("id").GetString()!;
        Assert.StartsWith("ポケペイユーザー", me.GetProperty("name").GetString());

        var accounts = await OAuthClient.JsonAsync(await api.GetWithTokenAsync($"/users/{userId}/accounts", tokens.AccessToken));
        Assert.Equal(1, accounts.GetProperty("count").GetInt32());
        var listed = accounts.GetProperty("rows")[0];
        Assert.Equal("生協電子マネー", listed.GetProperty("name").GetString());
        var accountId = listed.GetProperty("id").GetString()!;

        using var accountResponse = await api.GetWithTokenAsync($"/accounts/{accountId}", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, accountResponse.StatusCode);
        var account = await OAuthClient.JsonAsync(accountResponse);
        var money = account.GetProperty("money_balance").GetDecimal();
        var points = account.GetProperty("point_balance").GetDecimal();
        Assert.True(money > 0, $"A seeded wallet has money: {account}");
        Assert.Equal(money + points, account.GetProperty("balance").GetDecimal());
        Assert.Equal("円", account.GetProperty("private_money").GetProperty("unit").GetString());
        Assert.Equal("生協電子マネー", account.GetProperty("private_money").GetProperty("name").GetString());

        var all = await OAuthClient.JsonAsync(await api.GetWithTokenAsync($"/accounts/{accountId}/transactions?per_page=100", tokens.AccessToken));
        var count = all.GetProperty("count").GetInt32();
        Assert.InRange(count, 5, 10);
        var rows = all.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(count, rows.Count);
        // The history explains the balance, is newest first, and has only the contract's types.
        Assert.Equal(money, rows.Sum(r => r.GetProperty("money_amount").GetDecimal()));
        Assert.Equal(points, rows.Sum(r => r.GetProperty("point_amount").GetDecimal()));
        var times = rows.Select(r => r.GetProperty("done_at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("type").GetString(), new[] { "topup", "payment", "point" }));
        Assert.All(rows, r => Assert.Equal(
            r.GetProperty("money_amount").GetDecimal() + r.GetProperty("point_amount").GetDecimal(), r.GetProperty("amount").GetDecimal()));
        Assert.Contains(rows, r => r.GetProperty("type").GetString() == "topup");

        var page = await OAuthClient.JsonAsync(await api.GetWithTokenAsync($"/accounts/{accountId}/transactions?per_page=3", tokens.AccessToken));
        Assert.Equal(3, page.GetProperty("rows").GetArrayLength());
        Assert.Equal(count, page.GetProperty("count").GetInt32());
        Assert.Equal(rows[0].GetProperty("id").GetString(), page.GetProperty("rows")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_returning_member_keeps_the_same_wallet_and_client_secret_post_works_too()
    {
        var email = NewEmail();
        var api = new OAuthClient(sandbox.NewApiClient());
        var first = await SignInAsync(email, api, secretInBody: false);
        var second = await SignInAsync(email, api, secretInBody: true);

        var firstMe = await OAuthClient.JsonAsync(await api.GetWithTokenAsync("/users/me", first.AccessToken));
        var secondMe = await OAuthClient.JsonAsync(await api.GetWithTokenAsync("/users/me", second.AccessToken));
        Assert.Equal(firstMe.GetProperty("id").GetString(), secondMe.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Full_width_contact_and_code_are_accepted()
    {
        using var browser = sandbox.NewBrowser();
        var email = NewEmail();
        var fullWidth = string.Concat(email.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s"));
        var codeUrl = await browser.SubmitContactAsync(loginUrl, fullWidth);
        var code = await browser.ReadMailedCodeAsync(email);
        var typed = string.Concat(code.Select(c => (char)(c + 0xFEE0)));
        var back = await browser.SubmitCodeAsync(codeUrl, typed);
        Assert.StartsWith("/oauth/authorize?", back);
    }

    [Fact]
    public async Task Deny_sends_the_member_back_with_access_denied_and_the_state()
    {
        using var browser = sandbox.NewBrowser();
        var state = Guid.NewGuid().ToString("N");
        var redirect = await browser.AuthorizeAsync(OAuthClient.AuthorizeUrl(Pkce.New(), state), NewEmail(), allow: false);

        Assert.Equal(SandboxFactory.RedirectUri, redirect.Location.GetLeftPart(UriPartial.Path));
        Assert.Equal("access_denied", redirect["error"]);
        Assert.Equal(state, redirect["state"]);
        Assert.Null(redirect["code"]);
    }

    [Fact]
    public async Task The_consent_form_is_protected_by_antiforgery()
    {
        using var browser = sandbox.NewBrowser();
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s"));
        var email = NewEmail();
        var codeUrl = await browser.SubmitContactAsync(loginUrl, email);
        var back = await browser.SubmitCodeAsync(codeUrl, await browser.ReadMailedCodeAsync(email));
        var form = HtmlForm.Parse(await browser.GetPageAsync(back)).With("decision", "accept");
        form.Fields.Remove("__RequestVerificationToken");

        using var response = await browser.Http.PostAsync(form.Action, form.ToContent());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_open_session_is_reused_for_the_same_contact_but_not_for_another()
    {
        using var browser = sandbox.NewBrowser();
        var email = NewEmail();
        await browser.AuthorizeAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s1", contact: email), email);

        // Same contact: straight to consent, no new code.
        var again = OAuthClient.AuthorizeUrl(Pkce.New(), "s2", contact: email);
        Assert.Equal("s2", (await browser.ConsentAsync(again, expectClientName: SandboxFactory.ClientDisplayName))["state"]);

        // Another contact (a shared PC): the provider asks to log in again, pre-filled with the new contact.
        var other = NewEmail();
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s3", contact: other));
        Assert.Contains($"value=\"{other}\"", await browser.GetPageAsync(loginUrl));

        // The member may log in with yet another contact than the one suggested: the consent follows, no loop.
        var chosen = NewEmail();
        var codeUrl = await browser.SubmitContactAsync(loginUrl, chosen);
        var back = await browser.SubmitCodeAsync(codeUrl, await browser.ReadMailedCodeAsync(chosen));
        var redirect = await browser.ConsentAsync(back, expectClientName: SandboxFactory.ClientDisplayName);
        Assert.Equal("s3", redirect["state"]);
        Assert.NotNull(redirect["code"]);
    }

    private async Task<TokenSet> SignInAsync(string email, OAuthClient api, bool secretInBody)
    {
        using var browser = sandbox.NewBrowser();
        var pkce = Pkce.New();
        var redirect = await browser.AuthorizeAsync(OAuthClient.AuthorizeUrl(pkce, "s"), email);
        using var response = await api.ExchangeCodeAsync(redirect["code"]!, pkce.Verifier, secretInBody: secretInBody);
        return await OAuthClient.TokensAsync(response);
    }
}
