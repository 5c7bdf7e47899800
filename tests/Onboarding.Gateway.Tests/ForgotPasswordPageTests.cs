using System.Net;
using Onboarding.Gateway.Pages.Step3;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// パスワードをお忘れの方 (issue 13 §2) against the fake identity-portal: the address, the mailed code and a new password;
/// the same next page for an address without an account; errors next to their fields; the reset id never in a URL.
/// </summary>
public sealed class ForgotPasswordPageTests : IClassFixture<JourneyGateway>
{
    private const string NewPassword = "Hinoki-Forest-2027";

    private readonly JourneyGateway _gateway;

    public ForgotPasswordPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
        gateway.Fakes.Portal.AddAccount(FakeMembership.Member1Email);
    }

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    private static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> AskForCodeAsync(HttpClient client, string email) =>
        HtmlForms.PostFormAsync(client, "/step3/password/forgot", "/step3/password/forgot", new Dictionary<string, string> { ["Email"] = email });

    private static Task<HttpResponseMessage> ResetAsync(HttpClient client, string code, string password, string confirmation) =>
        HtmlForms.PostFormAsync(client, "/step3/password/reset", "/step3/password/reset", new Dictionary<string, string>
        {
            ["Code"] = code, ["Password"] = password, ["PasswordConfirmation"] = confirmation,
        });

    [Fact]
    public async Task The_password_page_links_to_the_reset_and_an_unknown_address_gets_the_same_next_page_and_no_mail()
    {
        using var client = _gateway.CreateClient();
        Assert.Contains("href=\"/step3/password/forgot\"", await client.GetStringAsync("/step3/password"));

        AssertRedirect(await AskForCodeAsync(client, "nobody@example.ac.jp"), ResetPasswordModel.Path);
        Assert.Empty(Portal.Mail);
        var unknown = await client.GetStringAsync(ResetPasswordModel.Path);
        Assert.Contains("nob*****@example.ac.jp", HtmlForms.Text(unknown, "sent-to"));

        AssertRedirect(await AskForCodeAsync(client, FakeMembership.Member1Email), ResetPasswordModel.Path);
        var known = await client.GetStringAsync(ResetPasswordModel.Path);
        Assert.Contains(FakeMembership.Member1MaskedEmail, HtmlForms.Text(known, "sent-to"));
        Assert.Equal(HtmlForms.Text(unknown, "page-title"), HtmlForms.Text(known, "page-title"));
        Assert.DoesNotContain(Portal.LastMail.ChallengeId.ToString(), known);
        Assert.Single(Portal.Mail);
    }

    [Fact]
    public async Task Errors_are_shown_next_to_their_fields_and_cost_no_attempt_then_the_reset_signs_this_browser_out()
    {
        using var client = _gateway.CreateClient();
        AssertRedirect(await HtmlForms.PostFormAsync(client, "/step3/password", "/step3/password",
            new Dictionary<string, string> { ["Email"] = FakeMembership.Member1Email, ["Password"] = FakeIdentityPortal.AccountPassword }),
            "/step3/verified?via=password");
        await AskForCodeAsync(client, FakeMembership.Member1Email);
        var code = Portal.LastMail.Code;

        var mismatch = await (await ResetAsync(client, code, NewPassword, NewPassword + "x")).Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("passwordConfirmation.mismatch"), HtmlForms.Text(mismatch, "passwordConfirmation-error"));
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(mismatch, "password-confirmation"), "aria-invalid"));
        Assert.Contains("href=\"#password-confirmation\"", mismatch);
        Assert.Null(HtmlForms.Attribute(HtmlForms.Tag(mismatch, "password"), "value"));
        Assert.DoesNotContain(NewPassword, mismatch);

        var tooShort = await (await ResetAsync(client, code, "short1!", "short1!")).Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("password.too_short"), HtmlForms.Text(tooShort, "password-error"));

        var wrong = await (await ResetAsync(client, code == "000000" ? "111111" : "000000", NewPassword, NewPassword)).Content.ReadAsStringAsync();
        Assert.Contains("あと4回", HtmlForms.Text(wrong, "code-error"));

        var done = await ResetAsync(client, code, NewPassword, NewPassword);
        AssertRedirect(done, "/step3/password");
        // This browser's session ends with all the others.
        Assert.Contains(done.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Step3State.SessionCookieName + "=;", StringComparison.Ordinal));
        var page = await client.GetStringAsync("/step3/password");
        Assert.Contains("パスワードを再設定しました。", HtmlForms.Text(page, "password-changed"));
        Assert.Equal(NewPassword, Portal.PasswordOf(FakeMembership.Member1Email));

        // The reset is spent: its page now leads back to the start.
        var again = await client.GetStringAsync(ResetPasswordModel.Path);
        Assert.Equal("/step3/password/forgot", HtmlForms.Attribute(HtmlForms.Tag(again, "start-over"), "href"));
    }

    [Fact]
    public async Task Bad_addresses_are_explained_next_to_the_field()
    {
        using var client = _gateway.CreateClient();
        var html = await (await AskForCodeAsync(client, "sho.okada")).Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("email.invalid"), HtmlForms.Text(html, "email-error"));
        Assert.Equal("true", HtmlForms.Attribute(HtmlForms.Tag(html, "email"), "aria-invalid"));
        Assert.Contains("href=\"#email\"", html);
    }
}
