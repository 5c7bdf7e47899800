using System.Net;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>STEP 2 start, sign-up and e-mail code pages against a fake identity-portal on a real port.</summary>
public sealed class Step2SignupPageTests : IClassFixture<JourneyGateway>
{
    private const string OtherEmail = "someone.else@example.ac.jp";

    private readonly JourneyGateway _gateway;

    public Step2SignupPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Membership.Reset();
        gateway.Portal.Reset();
    }

    private FakeIdentityPortal Portal => _gateway.Portal;

    private static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString;
        Assert.Equal(path, location);
        Assert.DoesNotContain("@", location);
        Assert.DoesNotContain("?", location);
    }

    private async Task SignUpWithStep1Async(HttpClient client)
    {
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);
        AssertRedirect(await Step2Steps.SignUpAsync(client), "/step2/code");
    }

    [Fact]
    public async Task Start_page_shows_the_address_confirmed_in_step1_and_the_sign_up_button()
    {
        using var client = _gateway.CreateClient();
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);

        var html = await client.GetStringAsync("/step2");

        Assert.Contains("マイポータルへの登録", html);
        Assert.Contains("登録にはSTEP 1で確認したメールアドレスと電話番号が必要です。", html);
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Text(html, "confirmed-email"));
        Assert.Equal("今すぐサインアップ", HtmlForms.Text(html, "signup-now"));
        Assert.Equal("/step2/signup", HtmlForms.Attribute(HtmlForms.Tag(html, "signup-now"), "href"));
        // Progress: STEP 1 done, STEP 2 current.
        Assert.Contains("progress__step--done", html);
        Assert.Matches("progress__step--current\"\\s+aria-current=\"step\">\\s*<span class=\"progress__marker\" aria-hidden=\"true\">2<", html);
    }

    [Fact]
    public async Task Start_page_without_step1_in_this_browser_says_the_address_is_asked_next()
    {
        using var client = _gateway.CreateClient();
        var html = await client.GetStringAsync("/step2");
        Assert.Contains("このブラウザではSTEP 1の完了を確認できません。", HtmlForms.Text(html, "no-step1"));
        Assert.DoesNotContain("id=\"confirmed-email\"", html);
    }

    [Fact]
    public async Task Happy_path_with_step1_in_this_browser()
    {
        using var client = _gateway.CreateClient();
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);

        var form = await client.GetStringAsync("/step2/signup");
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Text(form, "email"));
        Assert.DoesNotContain("name=\"Email\"", form);
        Assert.Contains("STEP 2ではメールアドレスを変更できません。", form);
        Assert.Contains("確認コードを送信", form);

        var signedUp = await Step2Steps.SignUpAsync(client);
        AssertRedirect(signedUp, "/step2/code");
        Assert.Contains(signedUp.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(Step2State.SignupCookieName + "=", StringComparison.Ordinal) && cookie.Contains("httponly"));
        var sent = Assert.Single(Portal.RequestsTo("POST", "/api/portal/signups"));
        Assert.Equal(FakeMembership.Member1Email, sent.Json.GetProperty("email").GetString());
        Assert.Equal("ja", sent.AcceptLanguage);

        var codePage = await client.GetStringAsync("/step2/code");
        Assert.Contains(FakeMembership.Member1Email, codePage);
        var input = HtmlForms.Tag(codePage, "code");
        Assert.Equal("numeric", HtmlForms.Attribute(input, "inputmode"));
        Assert.Equal("one-time-code", HtmlForms.Attribute(input, "autocomplete"));
        Assert.Contains("コードの確認", codePage);
        Assert.Contains("確認コードを再送信", codePage);
        Assert.Contains("id=\"resend-when\"", codePage);
        Assert.DoesNotContain("<script>", codePage);

        // Full-width digits, as many members type them: the service normalises.
        var code = string.Concat(Portal.LastMail.Code.Select(c => (char)(c - '0' + '０')));
        var verified = await Step2Steps.VerifyAsync(client, code);
        AssertRedirect(verified, "/step2/verified");
        Assert.Single(Portal.RequestsTo("POST", "/email-verification"));

        var done = await client.GetStringAsync("/step2/verified");
        Assert.Contains("メールアドレスの確認が完了しました", done);
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Text(done, "verified-email"));
        var next = HtmlForms.Text(done, "next-steps");
        Assert.Contains("パスワード", next);
        Assert.Contains("「コードの送信」", next);
        Assert.Contains("「電話する」", next);
    }

    [Fact]
    public async Task Without_step1_in_this_browser_the_member_types_the_confirmed_address()
    {
        using var client = _gateway.CreateClient();
        var form = await client.GetStringAsync("/step2/signup");
        Assert.Equal("email", HtmlForms.Attribute(HtmlForms.Tag(form, "email"), "type"));

        AssertRedirect(await Step2Steps.SignUpAsync(client, FakeMembership.Member1Email.ToUpperInvariant().Replace("UNIVCOOP", "univcoop", StringComparison.Ordinal).ToLowerInvariant()), "/step2/code");
        Assert.Contains(FakeMembership.Member1Email, await client.GetStringAsync("/step2/code"));
    }

    [Fact]
    public async Task An_address_not_confirmed_in_step1_is_refused_with_a_link_to_step1()
    {
        using var client = _gateway.CreateClient();
        var response = await Step2Steps.SignUpAsync(client, OtherEmail);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(FakeIdentityPortal.TitleOf("step1_not_completed")), html);
        Assert.Equal("/step1", HtmlForms.Attribute(HtmlForms.Tag(html, "to-step1"), "href"));
        Assert.Contains("error-summary", html);
        Assert.Equal(OtherEmail, HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "value"));
    }

    [Fact]
    public async Task An_address_with_an_account_gets_a_clear_message()
    {
        Portal.AddAccount(FakeMembership.Member1Email);
        using var client = _gateway.CreateClient();
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);

        var response = await Step2Steps.SignUpAsync(client);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(FakeIdentityPortal.TitleOf("account_exists"), html);
        Assert.Contains("id=\"sign-in-note\"", html);
        Assert.DoesNotContain("id=\"to-step1\"", html);
    }

    [Fact]
    public async Task An_empty_address_is_shown_next_to_the_field()
    {
        using var client = _gateway.CreateClient();
        var html = await (await Step2Steps.SignUpAsync(client, "")).Content.ReadAsStringAsync();
        Assert.Equal("メールアドレスを入力してください。", HtmlForms.Text(html, "email-error").Replace("エラー：", "", StringComparison.Ordinal).Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "aria-invalid"));
    }

    [Fact]
    public async Task Too_many_sign_ups_say_when_to_try_again()
    {
        Portal.RespondOnce("POST", "/api/portal/signups", 429,
            FakeIdentityPortal.Problem(429, "daily_limit_reached", "本日送信できる確認コードの上限に達しました。時間をおいてからお試しください。", retryAfterSeconds: 3600));
        using var client = _gateway.CreateClient();
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);

        var html = await (await Step2Steps.SignUpAsync(client)).Content.ReadAsStringAsync();
        Assert.Contains("本日送信できる確認コードの上限に達しました。", html);
        Assert.Contains("<time", html);
        Assert.Single(Portal.RequestsTo("POST", "/api/portal/signups")); // never retried
    }

    [Fact]
    public async Task A_wrong_code_is_shown_next_to_the_field_with_the_attempts_left()
    {
        using var client = _gateway.CreateClient();
        await SignUpWithStep1Async(client);

        var wrong = Portal.LastMail.Code == "000000" ? "111111" : "000000";
        var html = await (await Step2Steps.VerifyAsync(client, wrong)).Content.ReadAsStringAsync();
        var message = HtmlForms.Text(html, "code-error");
        Assert.Contains("確認コードが正しくありません。", message);
        Assert.Contains("あと4回入力できます。", message);
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "code"), "aria-invalid"));
        Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(html, "code"), "value"));

        for (var i = 0; i < 3; i++) html = await (await Step2Steps.VerifyAsync(client, wrong)).Content.ReadAsStringAsync();
        Assert.Contains("あと1回間違えると、この確認コードは使えなくなります。", HtmlForms.Text(html, "code-error"));

        html = await (await Step2Steps.VerifyAsync(client, wrong)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("code_locked"), html);
    }

    [Fact]
    public async Task A_code_in_the_wrong_format_is_shown_next_to_the_field()
    {
        using var client = _gateway.CreateClient();
        await SignUpWithStep1Async(client);
        var html = await (await Step2Steps.VerifyAsync(client, "12ab")).Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("code.format"), HtmlForms.Text(html, "code-error"));
    }

    [Fact]
    public async Task A_code_that_no_longer_works_says_to_send_a_new_one()
    {
        string[] rows =
        [
            "code_expired",
            "code_superseded",
        ];

        await Assert.AllAsync(rows, async code =>
        {
            _gateway.Membership.Reset(); // each row starts afresh, as the constructor does for a test
            _gateway.Portal.Reset();
            using var client = _gateway.CreateClient();
            await SignUpWithStep1Async(client);
            Portal.RespondOnce("POST", "/email-verification", 410, FakeIdentityPortal.Problem(410, code, FakeIdentityPortal.TitleOf(code)));

            var response = await Step2Steps.VerifyAsync(client, "123456");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(FakeIdentityPortal.TitleOf(code), html);
            Assert.Contains("確認コードを再送信", html);
        });
    }

    [Fact]
    public async Task A_used_code_goes_on_to_the_verified_page()
    {
        using var client = _gateway.CreateClient();
        await SignUpWithStep1Async(client);
        Portal.RespondOnce("POST", "/email-verification", 410, FakeIdentityPortal.Problem(410, "code_used", FakeIdentityPortal.TitleOf("code_used")));
        AssertRedirect(await Step2Steps.VerifyAsync(client, "123456"), "/step2/verified");
    }

    [Fact]
    public async Task An_expired_sign_up_starts_again()
    {
        using var client = _gateway.CreateClient();
        await SignUpWithStep1Async(client);
        Portal.RespondOnce("POST", "/email-verification", 410, FakeIdentityPortal.Problem(410, "signup_expired", FakeIdentityPortal.TitleOf("signup_expired")));

        var html = await (await Step2Steps.VerifyAsync(client, "123456")).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("signup_expired"), html);
        Assert.Contains("href=\"/step2\"", html);
        Assert.DoesNotContain("id=\"code\"", html);
        Assert.DoesNotContain("id=\"code\"", await client.GetStringAsync("/step2/code"));
    }

    [Fact]
    public async Task Resending_too_soon_says_when_then_works()
    {
        using var client = _gateway.CreateClient();
        await SignUpWithStep1Async(client);
        var first = Portal.LastMail.Code;

        var tooSoon = await (await Step2Steps.ResendAsync(client)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("resend_too_soon"), tooSoon);
        Assert.Contains("<time", tooSoon);
        Assert.Single(Portal.Mail);

        Portal.AllowResendNow();
        AssertRedirect(await Step2Steps.ResendAsync(client), "/step2/code");
        Assert.Equal(2, Portal.Mail.Count);
        Assert.Contains("新しい確認コードを送信しました。", await client.GetStringAsync("/step2/code"));
        Assert.NotNull(first);
        AssertRedirect(await Step2Steps.VerifyAsync(client, Portal.LastMail.Code), "/step2/verified");
    }

    [Fact]
    public async Task Code_and_verified_pages_without_a_sign_up_in_this_browser_say_to_start_again()
    {
        using var client = _gateway.CreateClient();
        var code = await client.GetStringAsync("/step2/code");
        Assert.Contains("サインアップの情報が見つかりません", code);
        Assert.DoesNotContain("id=\"code\"", code);

        var verified = await client.GetStringAsync("/step2/verified");
        Assert.Contains("サインアップの情報が見つかりません", verified);

        // A sign-up whose code is not yet verified does not count as verified.
        await SignUpWithStep1Async(client);
        Assert.Contains("サインアップの情報が見つかりません", await client.GetStringAsync("/step2/verified"));
    }

    [Fact]
    public async Task A_tampered_cookie_counts_as_no_sign_up()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", Step2State.SignupCookieName + "=tampered");
        Assert.Contains("サインアップの情報が見つかりません", await client.GetStringAsync("/step2/code"));
    }

    [Fact]
    public async Task English_pages_and_messages()
    {
        using var client = _gateway.CreateClient("en");
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);

        var start = await client.GetStringAsync("/step2");
        Assert.Contains("Sign up now", start);
        var form = await client.GetStringAsync("/step2/signup");
        Assert.Contains("Send verification code", form);
        AssertRedirect(await Step2Steps.SignUpAsync(client), "/step2/code");
        Assert.Equal("en", Portal.RequestsTo("POST", "/api/portal/signups").Single().AcceptLanguage);

        var wrong = Portal.LastMail.Code == "000000" ? "111111" : "000000";
        var html = await (await Step2Steps.VerifyAsync(client, wrong)).Content.ReadAsStringAsync();
        Assert.Contains("The verification code is not correct.", HtmlForms.Text(html, "code-error"));
        Assert.Contains("Verify code", html);

        AssertRedirect(await Step2Steps.VerifyAsync(client, Portal.LastMail.Code), "/step2/verified");
        var done = await client.GetStringAsync("/step2/verified");
        Assert.Contains("Your e-mail address is verified", done);
        Assert.Contains("Call me", done);
    }
}
