using System.Net;
using Onboarding.Gateway.Pages.Step3;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>STEP 3 sign-in (PokePayマイページにアクセス → 確認コードを送信 → コードの確認 → 続行) against the fake identity-portal.</summary>
public sealed class Step3SignInPageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public Step3SignInPageTests(JourneyGateway gateway)
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

    private async Task<HttpClient> CodeSentAsync()
    {
        var client = _gateway.CreateClient();
        AssertRedirect(await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email), "/step3/code");
        return client;
    }

    [Fact]
    public async Task Start_page_has_the_notice_labels_and_shows_step3_as_current()
    {
        using var client = _gateway.CreateClient();
        var html = await client.GetStringAsync("/step3");
        Assert.Contains("PokePayマイページにアクセス", HtmlForms.Text(html, "page-title"));
        Assert.Equal("確認コードを送信", HtmlForms.Text(html, "send-code"));
        Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "value"));
        Assert.Equal("email", HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "autocomplete"));
        Assert.Contains("必ず先に「コードの確認」を押してください。コードの確認完了後、「続行」をクリックしてください。", html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "progress__step--done").Count);
        Assert.Matches("progress__step--current\"\\s+aria-current=\"step\">\\s*<span class=\"progress__marker\" aria-hidden=\"true\">3<", html);
    }

    [Fact]
    public async Task Address_confirmed_earlier_in_this_browser_is_prefilled_and_editable()
    {
        using var client = _gateway.CreateClient();
        await Step2Steps.CompleteStep1Async(client, _gateway.Fakes.Membership);
        var input = HtmlForms.Tag(await client.GetStringAsync("/step3"), "email");
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Attribute(input, "value"));
        Assert.DoesNotContain("readonly", input);
        Assert.DoesNotContain("disabled", input);
    }

    [Fact]
    public async Task Bad_addresses_are_explained_next_to_the_field()
    {
        (string email, string message)[] rows =
        [
            ("", ServiceText.Portal.Field("email.required")),
            ("   ", ServiceText.Portal.Field("email.required")),
            ("sho.okada", ServiceText.Portal.Field("email.invalid")),
            ("sho.okada@univcoop", ServiceText.Portal.Field("email.invalid")),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (email, message) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();
            var response = await Step3Steps.SendCodeAsync(client, email);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(message, HtmlForms.Text(html, "email-error"));
            Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "aria-invalid"));
            Assert.Contains("email-error", HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "aria-describedby"));
            Assert.Contains("href=\"#email\"", html);
            Assert.Empty(Portal.Mail);
        });
    }

    [Fact]
    public async Task An_address_without_an_account_gets_the_same_answer_and_no_mail()
    {
        using var client = _gateway.CreateClient();
        AssertRedirect(await Step3Steps.SendCodeAsync(client, "nobody@example.ac.jp"), "/step3/code");
        Assert.Empty(Portal.Mail);
        var html = await client.GetStringAsync("/step3/code");
        Assert.Contains("nob*****@example.ac.jp", HtmlForms.Text(html, "sent-to"));
    }

    [Fact]
    public async Task Code_page_shows_where_the_code_went_and_the_order_of_buttons()
    {
        using var client = await CodeSentAsync();
        var html = await client.GetStringAsync("/step3/code");
        Assert.Contains(FakeMembership.Member1MaskedEmail, HtmlForms.Text(html, "sent-to"));
        Assert.DoesNotContain(FakeMembership.Member1Email, html);
        Assert.Equal("コードの確認", HtmlForms.Text(html, "verify-code"));
        Assert.Contains("「コードの確認」を押してください", HtmlForms.Text(html, "order-note"));
        var code = HtmlForms.Tag(html, "code");
        Assert.Equal("one-time-code", HtmlForms.Attribute(code, "autocomplete"));
        Assert.Equal("numeric", HtmlForms.Attribute(code, "inputmode"));
        Assert.NotNull(HtmlForms.Attribute(HtmlForms.Tag(html, "resend"), "data-available-at"));
    }

    [Fact]
    public async Task Bad_codes_are_explained_next_to_the_field()
    {
        (string code, string message)[] rows =
        [
            ("", ServiceText.Portal.Field("code.required")),
            ("12345", ServiceText.Portal.Field("code.format")),
            ("abcdef", ServiceText.Portal.Field("code.format")),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (code, message) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = await CodeSentAsync();
            var response = await Step3Steps.VerifyAsync(client, code);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(message, HtmlForms.Text(html, "code-error"));
            Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "code"), "aria-invalid"));
            Assert.Contains("href=\"#code\"", html);
            Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(html, "code"), "value"));
        });
    }

    [Fact]
    public async Task Wrong_code_shows_attempts_left_next_to_the_field()
    {
        using var client = await CodeSentAsync();
        var wrong = Portal.LastMail.Code == "000000" ? "111111" : "000000";
        var html = await (await Step3Steps.VerifyAsync(client, wrong)).Content.ReadAsStringAsync();
        Assert.Contains("確認コードが正しくありません。あと4回入力できます。", HtmlForms.Text(html, "code-error"));
    }

    [Fact]
    public async Task Codes_that_cannot_work_any_more_say_to_send_a_new_one()
    {
        (int status, string code)[] rows =
        [
            (410, "code_expired"),
            (410, "code_locked"),
            (410, "code_superseded"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (status, code) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = await CodeSentAsync();
            Portal.RespondOnce("POST", "/verification", status, FakeIdentityPortal.Problem(status, code, FakeIdentityPortal.TitleOf(code)));
            var html = await (await Step3Steps.VerifyAsync(client, Portal.LastMail.Code)).Content.ReadAsStringAsync();
            Assert.Contains(FakeIdentityPortal.TitleOf(code), html);
            Assert.Contains("id=\"resend\"", html);
        });
    }

    [Fact]
    public async Task Locked_sign_in_says_when_to_try_again()
    {
        using var client = await CodeSentAsync();
        Portal.RespondOnce("POST", "/verification", 429, FakeIdentityPortal.Problem(429, "sign_in_locked", FakeIdentityPortal.TitleOf("sign_in_locked"), retryAfterSeconds: 900));
        var html = await (await Step3Steps.VerifyAsync(client, Portal.LastMail.Code)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("sign_in_locked"), html);
        Assert.Contains("class=\"time\"", html);
    }

    [Fact]
    public async Task Unknown_sign_in_goes_back_to_the_address()
    {
        using var client = await CodeSentAsync();
        Portal.RespondOnce("POST", "/verification", 404, FakeIdentityPortal.Problem(404, "sign_in_not_found", FakeIdentityPortal.TitleOf("sign_in_not_found")));
        var html = await (await Step3Steps.VerifyAsync(client, Portal.LastMail.Code)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("sign_in_not_found"), html);
        Assert.Equal("/step3", HtmlForms.Attribute(HtmlForms.Tag(html, "start-over"), "href"));
        Assert.DoesNotContain("id=\"code\"", html);
    }

    [Fact]
    public async Task Code_page_without_a_sign_in_says_to_start_again()
    {
        using var client = _gateway.CreateClient();
        var html = await client.GetStringAsync("/step3/code");
        Assert.Contains("サインインの情報が見つかりません", html);
        Assert.DoesNotContain("id=\"code\"", html);
    }

    [Fact]
    public async Task Resend_waits_then_sends_a_new_code()
    {
        using var client = await CodeSentAsync();
        var tooSoon = await Step3Steps.ResendAsync(client);
        Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode);
        Assert.Contains(FakeIdentityPortal.TitleOf("resend_too_soon"), await tooSoon.Content.ReadAsStringAsync());

        Portal.AllowSignInResendNow();
        AssertRedirect(await Step3Steps.ResendAsync(client), "/step3/code");
        Assert.Equal(2, Portal.Mail.Count);
        Assert.Contains("新しい確認コードを送信しました。", await client.GetStringAsync("/step3/code"));
        AssertRedirect(await Step3Steps.VerifyAsync(client, Portal.LastMail.Code), "/step3/verified");
    }

    [Fact]
    public async Task Verified_code_shows_the_confirmation_and_continue_and_keeps_tokens_out_of_pages_and_urls()
    {
        using var client = await CodeSentAsync();
        var verified = await Step3Steps.VerifyAsync(client, Portal.LastMail.Code);
        AssertRedirect(verified, "/step3/verified");

        var session = Assert.Single(verified.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Step3State.SessionCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.True(session.Split(';')[0].Length < 4000, $"The session cookie is {session.Length} characters.");

        var html = await client.GetStringAsync("/step3/verified");
        Assert.Contains("コードの確認が完了しました", HtmlForms.Text(html, "page-title"));
        Assert.Equal("続行", HtmlForms.Text(html, "continue"));
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Text(html, "signed-in-email"));
        Assert.Contains("「ログイン・新規登録」", html);
        Assert.Contains("「アクセスを許可する」", html);

        var continued = await Step3Steps.ContinueAsync(client);
        var toProvider = await client.GetStringAsync("/step3/link");
        var mypage = await client.GetStringAsync("/step3/mypage");
        var start = await client.GetStringAsync("/step3");
        var tokens = Portal.IssuedTokens.ToArray();
        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            foreach (var text in new[] { html, toProvider, mypage, start, verified.Headers.Location!.OriginalString, continued.Headers.Location!.OriginalString })
            {
                Assert.DoesNotContain(token, text);
            }
            Assert.DoesNotContain(token, session);
        }
    }

    [Fact]
    public async Task Verified_page_without_a_session_goes_to_sign_in()
    {
        using var client = _gateway.CreateClient();
        AssertRedirect(await client.GetAsync("/step3/verified"), "/step3");
    }

    [Fact]
    public async Task English_sign_in_page()
    {
        using var client = _gateway.CreateClient("en");
        var html = await client.GetStringAsync("/step3");
        Assert.Contains("Access the PokePay mypage", html);
        Assert.Equal("Send verification code", HtmlForms.Text(html, "send-code"));
        Assert.DoesNotMatch("[\\p{IsHiragana}\\p{IsKatakana}]", HtmlForms.Text(html, "main"));
    }
}
