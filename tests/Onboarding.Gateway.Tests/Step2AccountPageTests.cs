using System.Net;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>STEP 2 after the e-mail: password and name, mobile number, phone code and the done page, against the fake identity-portal.</summary>
public sealed class Step2AccountPageTests : IClassFixture<JourneyGateway>
{
    private const string Password = "correct-horse-42";
    private const string Mobile = "090-1234-5678";

    private readonly JourneyGateway _gateway;

    public Step2AccountPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Membership.Reset();
        gateway.Portal.Reset();
    }

    private FakeIdentityPortal Portal => _gateway.Portal;

    private static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }

    private async Task<HttpClient> VerifiedEmailAsync(string? acceptLanguage = null)
    {
        var client = _gateway.CreateClient(acceptLanguage);
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);
        AssertRedirect(await Step2Steps.SignUpAsync(client), "/step2/code");
        AssertRedirect(await Step2Steps.VerifyAsync(client, Portal.LastMail.Code), "/step2/verified");
        return client;
    }

    private async Task<HttpClient> ProfileSetAsync()
    {
        var client = await VerifiedEmailAsync();
        AssertRedirect(await Step2Steps.SetProfileAsync(client), "/step2/phone");
        return client;
    }

    private async Task<HttpClient> PhoneCodeSentAsync(string channel = "sms")
    {
        var client = await ProfileSetAsync();
        AssertRedirect(await Step2Steps.SendPhoneCodeAsync(client, Mobile, channel), "/step2/phone/code");
        return client;
    }

    [Fact]
    public async Task Verified_page_links_to_the_profile_page()
    {
        using var client = await VerifiedEmailAsync();
        var html = await client.GetStringAsync("/step2/verified");
        var link = HtmlForms.Tag(html, "next-link");
        Assert.StartsWith("<a", link);
        Assert.Equal("/step2/profile", HtmlForms.Attribute(link, "href"));
        Assert.DoesNotContain("aria-disabled", link);
    }

    [Fact]
    public async Task Happy_path_through_to_done()
    {
        using var client = await VerifiedEmailAsync();

        var profile = await client.GetStringAsync("/step2/profile");
        Assert.Contains("任意のパスワード（2回）と名前（姓/名）をご入力ください。", profile);
        Assert.Contains("パスワードはマイポータルへのログインに必要です。忘れないように控えておいて下さい。", profile);
        Assert.Contains("パスワード（確認用）", profile);
        Assert.Equal("new-password", HtmlForms.Attribute(HtmlForms.Tag(profile, "password"), "autocomplete"));
        Assert.Equal("password", HtmlForms.Attribute(HtmlForms.Tag(profile, "password"), "type"));
        Assert.Equal("new-password", HtmlForms.Attribute(HtmlForms.Tag(profile, "password-confirmation"), "autocomplete"));
        Assert.Equal("family-name", HtmlForms.Attribute(HtmlForms.Tag(profile, "family-name"), "autocomplete"));
        Assert.Equal("given-name", HtmlForms.Attribute(HtmlForms.Tag(profile, "given-name"), "autocomplete"));

        var saved = await Step2Steps.SetProfileAsync(client);
        AssertRedirect(saved, "/step2/phone");
        var sentProfile = Assert.Single(Portal.RequestsTo("POST", "/profile"));
        Assert.Equal(Password, sentProfile.Json.GetProperty("password").GetString());
        Assert.Equal(Password, sentProfile.Json.GetProperty("passwordConfirmation").GetString());
        Assert.Equal("岡田", sentProfile.Json.GetProperty("familyName").GetString());
        Assert.Equal("太郎", sentProfile.Json.GetProperty("givenName").GetString());

        var phone = await client.GetStringAsync("/step2/phone");
        var tel = HtmlForms.Tag(phone, "phone-number");
        Assert.Equal("tel", HtmlForms.Attribute(tel, "autocomplete"));
        Assert.Equal("tel", HtmlForms.Attribute(tel, "inputmode"));
        Assert.Equal("コードの送信", HtmlForms.Text(phone, "send-sms"));
        Assert.Equal("sms", HtmlForms.Attribute(HtmlForms.Tag(phone, "send-sms"), "value"));
        Assert.Equal("電話する", HtmlForms.Text(phone, "send-voice"));
        Assert.Equal("voice", HtmlForms.Attribute(HtmlForms.Tag(phone, "send-voice"), "value"));
        Assert.Contains("SMSが受信できない方は、「電話する」をクリック", phone);

        AssertRedirect(await Step2Steps.SendPhoneCodeAsync(client, Mobile), "/step2/phone/code");
        var sentPhone = Assert.Single(Portal.RequestsTo("POST", "/phone"));
        Assert.Equal(Mobile, sentPhone.Json.GetProperty("phoneNumber").GetString());
        Assert.Equal("sms", sentPhone.Json.GetProperty("channel").GetString());

        var codePage = await client.GetStringAsync("/step2/phone/code");
        Assert.Contains("090-****-5678", HtmlForms.Text(codePage, "sent-to"));
        var code = HtmlForms.Tag(codePage, "code");
        Assert.Equal("numeric", HtmlForms.Attribute(code, "inputmode"));
        Assert.Equal("one-time-code", HtmlForms.Attribute(code, "autocomplete"));
        Assert.Equal("コードの確認", HtmlForms.Text(codePage, "verify-code"));
        Assert.Equal("コードの送信", HtmlForms.Text(codePage, "send-sms"));
        Assert.Equal("電話する", HtmlForms.Text(codePage, "send-voice"));

        AssertRedirect(await Step2Steps.VerifyPhoneAsync(client, Portal.LastPhoneCode.Code), "/step2/done");

        var done = await client.GetStringAsync("/step2/done");
        Assert.Contains("STEP 2 マイポータルへの登録が完了しました", done);
        Assert.Equal("/step3", HtmlForms.Attribute(HtmlForms.Tag(done, "step3-link"), "href"));
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Text(done, "done-email"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(done, "progress__step--done").Count);
        Assert.Matches("progress__step--current\"\\s+aria-current=\"step\">\\s*<span class=\"progress__marker\" aria-hidden=\"true\">3<", done);
        // The password was never echoed anywhere.
        Assert.DoesNotContain(Password, done);
    }

    [Fact]
    public async Task Profile_errors_are_next_to_the_fields_and_passwords_are_not_echoed()
    {
        using var client = await VerifiedEmailAsync();
        var response = await Step2Steps.SetProfileAsync(client, password: "short7x", confirmation: "different-1", familyName: "岡田", givenName: " ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("password.too_short"), html);
        Assert.Contains(ServiceText.Portal.Field("passwordConfirmation.mismatch"), html);
        Assert.Contains(ServiceText.Portal.Field("givenName.required"), html);
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "password"), "aria-invalid"));
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "given-name"), "aria-invalid"));
        Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(html, "password"), "value"));
        Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(html, "password-confirmation"), "value"));
        Assert.DoesNotContain("short7x", html);
        Assert.DoesNotContain("different-1", html);
        Assert.Equal("岡田", HtmlForms.Attribute(HtmlForms.Tag(html, "family-name"), "value"));
        Assert.Contains("href=\"#password\"", html);
        Assert.Contains("href=\"#given-name\"", html);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            Assert.DoesNotContain(cookies, c => c.StartsWith(Step2State.SignupCookieName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Profile_without_a_verified_email_says_to_sign_up()
    {
        using var client = _gateway.CreateClient();
        var html = await client.GetStringAsync("/step2/profile");
        Assert.Contains("先にメールアドレスの確認が必要です", html);
        Assert.DoesNotContain("id=\"password\"", html);
    }

    [Fact]
    public async Task Profile_email_not_verified_is_shown_at_the_top()
    {
        using var client = await VerifiedEmailAsync();
        Portal.RespondOnce("POST", "/profile", 409, FakeIdentityPortal.Problem(409, "email_not_verified", FakeIdentityPortal.TitleOf("email_not_verified")));
        var response = await Step2Steps.SetProfileAsync(client);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("email_not_verified"), html);
    }

    [Fact]
    public async Task Phone_errors_and_voice_channel()
    {
        using var client = await ProfileSetAsync();
        var bad = await Step2Steps.SendPhoneCodeAsync(client, "03-1234-5678");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("phoneNumber.not_mobile"), html);
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "phone-number"), "aria-invalid"));
        Assert.Equal("03-1234-5678", HtmlForms.Attribute(HtmlForms.Tag(html, "phone-number"), "value"));
        Assert.Contains("href=\"#phone-number\"", html);

        AssertRedirect(await Step2Steps.SendPhoneCodeAsync(client, Mobile, "voice"), "/step2/phone/code");
        Assert.Equal("voice", Portal.LastPhoneCode.Channel);
        var codePage = await client.GetStringAsync("/step2/phone/code");
        Assert.Contains("に電話をかけて確認コードをお知らせしました。", codePage);
    }

    [Fact]
    public async Task Phone_before_profile_and_too_soon()
    {
        using var client = await VerifiedEmailAsync();
        var guidance = await client.GetStringAsync("/step2/phone");
        Assert.Contains("先にパスワードと名前を入力してください", guidance);
        Assert.Contains("href=\"/step2/profile\"", guidance);
        AssertRedirect(await Step2Steps.SetProfileAsync(client), "/step2/phone");

        Portal.RespondOnce("POST", "/phone", 429, FakeIdentityPortal.Problem(429, "resend_too_soon", FakeIdentityPortal.TitleOf("resend_too_soon"), retryAfterSeconds: 30));
        var html = await (await Step2Steps.SendPhoneCodeAsync(client, Mobile)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("resend_too_soon"), html);

        Portal.RespondOnce("POST", "/phone", 409, FakeIdentityPortal.Problem(409, "profile_not_set", FakeIdentityPortal.TitleOf("profile_not_set")));
        html = await (await Step2Steps.SendPhoneCodeAsync(client, Mobile)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("profile_not_set"), html);
        Assert.Contains("href=\"/step2/profile\"", html);
    }

    [Fact]
    public async Task Wrong_phone_code_shows_attempts_remaining_and_expired_code_says_send_again()
    {
        using var client = await PhoneCodeSentAsync();
        var wrong = Portal.LastPhoneCode.Code == "000000" ? "111111" : "000000";
        var response = await Step2Steps.VerifyPhoneAsync(client, wrong);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("確認コードが正しくありません。あと4回入力できます。", html);
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "code"), "aria-invalid"));
        Assert.Contains("href=\"#code\"", html);
        Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(html, "code"), "value"));

        Portal.RespondOnce("POST", "/phone-verification", 410, FakeIdentityPortal.Problem(410, "code_expired", FakeIdentityPortal.TitleOf("code_expired")));
        html = await (await Step2Steps.VerifyPhoneAsync(client, Portal.LastPhoneCode.Code)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("code_expired"), html);

        Portal.RespondOnce("POST", "/phone-verification", 409, FakeIdentityPortal.Problem(409, "account_exists", FakeIdentityPortal.TitleOf("account_exists")));
        html = await (await Step2Steps.VerifyPhoneAsync(client, Portal.LastPhoneCode.Code)).Content.ReadAsStringAsync();
        Assert.Contains(FakeIdentityPortal.TitleOf("account_exists"), html);
    }

    [Fact]
    public async Task Resend_by_voice_from_the_code_page_and_too_soon()
    {
        using var client = await PhoneCodeSentAsync();
        var tooSoon = await Step2Steps.ResendPhoneCodeAsync(client, "voice");
        Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode);
        Assert.Contains(FakeIdentityPortal.TitleOf("resend_too_soon"), await tooSoon.Content.ReadAsStringAsync());

        Portal.AllowPhoneResendNow();
        AssertRedirect(await Step2Steps.ResendPhoneCodeAsync(client, "voice"), "/step2/phone/code");
        var resent = Portal.RequestsTo("POST", "/phone").Last();
        Assert.Equal("voice", resent.Json.GetProperty("channel").GetString());
        Assert.Equal(Mobile, resent.Json.GetProperty("phoneNumber").GetString());
        var html = await client.GetStringAsync("/step2/phone/code");
        Assert.Contains("新しい確認コードを送信しました。", html);

        AssertRedirect(await Step2Steps.VerifyPhoneAsync(client, Portal.LastPhoneCode.Code), "/step2/done");
    }

    [Fact]
    public async Task English_done_page()
    {
        using var client = await PhoneCodeSentAsync();
        AssertRedirect(await Step2Steps.VerifyPhoneAsync(client, Portal.LastPhoneCode.Code), "/step2/done");
        await HtmlForms.SwitchLanguageAsync(client, "en", "/step2/done");
        var html = await client.GetStringAsync("/step2/done");
        Assert.Contains("STEP 2 complete", html);
        Assert.Contains("Continue to STEP 3", html);
    }

    [Fact]
    public async Task Done_without_a_completed_sign_up_says_to_sign_up()
    {
        using var client = await ProfileSetAsync();
        var html = await client.GetStringAsync("/step2/done");
        Assert.DoesNotContain("id=\"step3-link\"", html);
        var codeHtml = await client.GetStringAsync("/step2/phone/code");
        Assert.Contains("href=\"/step2/phone\"", codeHtml);
        Assert.DoesNotContain("id=\"code\"", codeHtml);
    }
}
