using Onboarding.Testing.Wallet;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>The provider's login pages with wrong input: clear Japanese errors next to the field named, nothing done.</summary>
[Collection(SandboxCollection.Name)]
public sealed class LoginPageTests(SandboxFactory sandbox)
{
    private static string NewEmail() => $"login-{Guid.NewGuid():N}@univcoop-test.jp";

    [Fact]
    public async Task The_login_page_labels_its_field_and_explains_phone_numbers()
    {
        using var browser = sandbox.NewBrowser();
        var html = await browser.GetPageAsync(await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s")));
        Assert.Contains("<label for=\"contact\">メールアドレスまたは電話番号</label>", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("/sandbox/messages?to=", html);
    }

    [Fact]
    public async Task A_bad_contact_is_named_next_to_the_field()
    {
        (string contact, string message)[] rows =
        [
            ("", "「メールアドレスまたは電話番号」を入力してください。"),
            ("   ", "「メールアドレスまたは電話番号」を入力してください。"),
            ("taro@", "「メールアドレスまたは電話番号」の形式が正しくありません。"),
            ("taro example.jp", "「メールアドレスまたは電話番号」の形式が正しくありません。"),
            ("12345", "「メールアドレスまたは電話番号」の形式が正しくありません。"),
            ("090-1234", "「メールアドレスまたは電話番号」の形式が正しくありません。"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (contact, message) = row;
            using var browser = sandbox.NewBrowser();
            var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s"));
            using var response = await browser.SubmitAsync(loginUrl, await browser.GetPageAsync(loginUrl), ("Contact", contact));

            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"<div id=\"contact-error\" class=\"field-error\" role=\"alert\">{message}", html);
            Assert.Contains("aria-invalid=\"true\"", html);
        });
    }

    [Fact]
    public async Task The_login_form_needs_its_antiforgery_token()
    {
        using var browser = sandbox.NewBrowser();
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s"));
        var form = HtmlForm.Parse(await browser.GetPageAsync(loginUrl)).With("Contact", NewEmail());
        form.Fields.Remove("__RequestVerificationToken");

        using var response = await browser.Http.PostAsync(loginUrl, form.ToContent());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_code_is_named_and_costs_no_attempt()
    {
        (string code, string message)[] rows =
        [
            ("", "「認証コード」を入力してください。"),
            ("12345", "「認証コード」は6桁の数字で入力してください。"),
            ("12a456", "「認証コード」は6桁の数字で入力してください。"),
            ("1234567", "「認証コード」は6桁の数字で入力してください。"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (code, message) = row;
            using var browser = sandbox.NewBrowser();
            var email = NewEmail();
            var codeUrl = await browser.SubmitContactAsync(await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s")), email);
            var mailed = await browser.ReadMailedCodeAsync(email);

            using var response = await browser.SubmitAsync(codeUrl, await browser.GetPageAsync(codeUrl), ("Code", code));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"<div id=\"code-error\" class=\"field-error\" role=\"alert\">{message}</div>", html);

            // Still all five tries left: the right code logs in.
            Assert.StartsWith("/oauth/authorize?", await browser.SubmitCodeAsync(codeUrl, mailed));
        });
    }

    [Fact]
    public async Task Five_wrong_codes_use_the_code_up()
    {
        using var browser = sandbox.NewBrowser();
        var email = NewEmail();
        var codeUrl = await browser.SubmitContactAsync(await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s")), email);
        var mailed = await browser.ReadMailedCodeAsync(email);
        var wrong = mailed == "000000" ? "111111" : "000000";

        for (var remaining = 4; remaining >= 1; remaining--)
        {
            using var response = await browser.SubmitAsync(codeUrl, await browser.GetPageAsync(codeUrl), ("Code", wrong));
            Assert.Contains($"「認証コード」が正しくありません。あと{remaining}回入力できます。", await response.Content.ReadAsStringAsync());
        }
        using (var fifth = await browser.SubmitAsync(codeUrl, await browser.GetPageAsync(codeUrl), ("Code", wrong)))
        {
            Assert.Contains("「認証コード」の入力回数の上限（5回）に達しました。", await fifth.Content.ReadAsStringAsync());
        }

        using var right = await browser.SubmitAsync(codeUrl, await browser.GetPageAsync(codeUrl), ("Code", mailed));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("入力回数の上限", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_code_logs_in_once_only()
    {
        using var browser = sandbox.NewBrowser();
        var email = NewEmail();
        var codeUrl = await browser.SubmitContactAsync(await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s")), email);
        var mailed = await browser.ReadMailedCodeAsync(email);
        await browser.SubmitCodeAsync(codeUrl, mailed);

        using var other = sandbox.NewBrowser();
        using var again = await other.SubmitAsync(codeUrl, await other.GetPageAsync(codeUrl), ("Code", mailed));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("この「認証コード」は使用済みです。", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_phone_number_gets_its_code_through_the_operator_sink_and_logs_in()
    {
        using var browser = sandbox.NewBrowser();
        var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString();
        var typed = $"０９０-{digits[..4]}-{digits[4..]}";
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "phone-state"));
        var codeUrl = await browser.SubmitContactAsync(loginUrl, typed);
        Assert.Contains($"*******{digits[4..]}", await browser.GetPageAsync(codeUrl));

        using var api = sandbox.NewApiClient();
        var sinkUrl = $"/sandbox/messages?to={Uri.EscapeDataString("+8190" + digits)}";
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(sinkUrl)).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, sinkUrl);
        request.Headers.Add("X-Operator-Key", SandboxFactory.OperatorKey);
        var messages = await (await api.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var text = messages[0].GetProperty("text").GetString()!;
        var code = System.Text.RegularExpressions.Regex.Match(text, @"認証コード: (\d{6})").Groups[1].Value;

        var back = await browser.SubmitCodeAsync(codeUrl, code);
        var redirect = await browser.ConsentAsync(back, expectClientName: SandboxFactory.ClientDisplayName);
        Assert.Equal("phone-state", redirect["state"]);
        Assert.NotNull(redirect["code"]);
    }
}
