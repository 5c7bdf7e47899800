using System.Net;
using Onboarding.Gateway.Pages.Step3;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// パスワードでログイン (issue 13 §1) against the fake identity-portal: the e-mailed code stays the sign-in page's one
/// action, the password is a page of its own; its answers are shown next to the field, alike for an unknown address.
/// </summary>
public sealed class PasswordSignInPageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public PasswordSignInPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        HtmlForms.PostFormAsync(client, "/step3/password", "/step3/password",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    [Fact]
    public async Task The_code_stays_the_default_and_the_password_is_offered_as_a_link()
    {
        using var client = _gateway.CreateClient();
        var start = await client.GetStringAsync("/step3");
        Assert.Equal("確認コードを送信", HtmlForms.Text(start, "send-code"));
        Assert.Equal("/step3/password", HtmlForms.Attribute(HtmlForms.Tag(start, "to-password-sign-in"), "href"));

        var page = await client.GetStringAsync("/step3/password");
        Assert.Equal("パスワードでログイン", HtmlForms.Text(page, "page-title"));
        Assert.Equal("current-password", HtmlForms.Attribute(HtmlForms.Tag(page, "password"), "autocomplete"));
        Assert.Equal("password", HtmlForms.Attribute(HtmlForms.Tag(page, "password"), "type"));
        Assert.Equal("確認コードでサインインする", HtmlForms.Text(page, "use-code"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_words_next_to_the_password_field()
    {
        Portal.AddAccount(FakeMembership.Member1Email);
        using var client = _gateway.CreateClient();

        var wrong = await (await SignInAsync(client, FakeMembership.Member1Email, "Not-the-password-1")).Content.ReadAsStringAsync();
        var unknown = await (await SignInAsync(client, "nobody@example.ac.jp", "Not-the-password-1")).Content.ReadAsStringAsync();

        Assert.Equal(HtmlForms.Text(wrong, "password-error"), HtmlForms.Text(unknown, "password-error"));
        Assert.Contains(FakeIdentityPortal.TitleOf("invalid_credentials"), HtmlForms.Text(wrong, "password-error"));
        Assert.Contains("あと4回", HtmlForms.Text(wrong, "password-error"));
        var input = HtmlForms.Tag(wrong, "password");
        Assert.Equal("true", HtmlForms.Attribute(input, "aria-invalid"));
        Assert.Equal("password-error", HtmlForms.Attribute(input, "aria-describedby"));
        Assert.Null(HtmlForms.Attribute(input, "value"));
        Assert.DoesNotContain("Not-the-password-1", wrong);
        Assert.Contains("href=\"#password\"", wrong);
        Assert.Empty(Portal.Mail);
    }

    [Fact]
    public async Task An_empty_password_is_asked_for_and_never_mails_a_code_instead()
    {
        Portal.AddAccount(FakeMembership.Member1Email);
        using var client = _gateway.CreateClient();
        var html = await (await SignInAsync(client, FakeMembership.Member1Email, "")).Content.ReadAsStringAsync();
        Assert.Contains(ServiceText.Portal.Field("password.required"), HtmlForms.Text(html, "password-error"));
        Assert.Empty(Portal.Mail);
    }

    [Fact]
    public async Task The_right_password_lands_where_the_code_sign_in_lands()
    {
        Portal.AddAccount(FakeMembership.Member1Email);
        using var client = _gateway.CreateClient();
        var response = await SignInAsync(client, FakeMembership.Member1Email, FakeIdentityPortal.AccountPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/step3/verified?via=password", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Step3State.SessionCookieName + "=", StringComparison.Ordinal));

        var verified = await client.GetStringAsync("/step3/verified?via=password");
        Assert.Contains("サインインが完了しました", HtmlForms.Text(verified, "page-title"));
        Assert.Equal(FakeMembership.Member1Email, HtmlForms.Text(verified, "signed-in-email"));
        Assert.Equal("続行", HtmlForms.Text(verified, "continue"));
    }

    [Fact]
    public async Task A_lock_out_says_when_to_try_again_and_offers_the_code_sign_in()
    {
        Portal.AddAccount(FakeMembership.Member1Email);
        using var client = _gateway.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++) await SignInAsync(client, FakeMembership.Member1Email, "Not-the-password-1");

        var html = await (await SignInAsync(client, FakeMembership.Member1Email, FakeIdentityPortal.AccountPassword)).Content.ReadAsStringAsync();
        // Locked: even the right password is refused, with when to try again and the way that still works.
        Assert.Contains(FakeIdentityPortal.TitleOf("sign_in_locked"), html);
        Assert.DoesNotContain("password-error", html);
        Assert.Contains("href=\"/step3\"", html);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = _gateway.CreateClient();
        var response = await client.PostAsync("/step3/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = FakeMembership.Member1Email,
            ["Password"] = FakeIdentityPortal.AccountPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Portal.RequestsTo("POST", "/sign-ins"));
    }
}
