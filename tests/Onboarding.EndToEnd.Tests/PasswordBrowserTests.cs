using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Password sign-in on the mypage (issue 13 §1) in Chromium against the whole system: the e-mailed code stays the
/// sign-in page's default, 「パスワードでログイン」 is the alternative; a wrong password and an unknown address get the
/// same words next to the password field; the right one lands where the code sign-in lands (続行, the provider's
/// consent, the mypage). Each test has a member of its own, STEPs 1 and 2 done by API. Every co-op page is scanned with
/// axe-core. Screens: <c>journey-password-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PasswordBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string PasswordSignIn = "パスワードでログイン";
    private const string PasswordLabel = "パスワード";
    private const string SignInButton = "ログイン";
    private const string WrongCredentials = "メールアドレスまたはパスワードが正しくありません。";

    private readonly Step3Api _step3 = new(system);
    private readonly JourneyLabels _t = JourneyLabels.Japanese;

    [Fact]
    public async Task A_member_signs_in_with_the_password_and_goes_on_to_the_provider_while_wrong_and_unknown_get_the_same_answer()
    {
        var email = $"pw-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "松本", "湊", registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);

        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "password", output, scanAccessibility: true);

        // The code stays the default: the notice's button is still the sign-in page's one action; the password is a link.
        await page.GotoAsync("/step3");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = _t.SendCode })).ToBeVisibleAsync();
        await journey.ShotAsync("step3-sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = PasswordSignIn, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/password$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = PasswordSignIn, Level = 1 })).ToBeVisibleAsync();
        await journey.ShotAsync("password-sign-in");

        var wrong = await SignInAsync(page, email, "Not-the-password-1");
        var unknown = await SignInAsync(page, "nobody-" + email, "Not-the-password-1");
        // Same words, same place, same count of attempts left: nothing tells whether the address has an account.
        Assert.Equal(wrong, unknown);
        Assert.StartsWith(WrongCredentials, wrong);
        var password = page.GetByLabel(PasswordLabel, new() { Exact = true });
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAttributeAsync("aria-describedby", "password-error");
        await Expect(password).ToHaveValueAsync("");
        await Expect(page.Locator(".error-summary a[href='#password']")).ToHaveCountAsync(1);
        await journey.ShotAsync("password-wrong");

        await SignInAsync(page, email, JourneyDriver.Password, expectError: false);
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified\\?via=password$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "サインインが完了しました" })).ToBeVisibleAsync();
        await Expect(page.Locator("#signed-in-email")).ToHaveTextAsync(email);
        await journey.ShotAsync("password-signed-in");
        await page.GetByRole(AriaRole.Button, new() { Name = _t.Continue, Exact = true }).ClickAsync();
        await journey.AtTheProviderAsync(email, allow: true);
        await journey.MypageCompletedAsync();

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"axe: {journey.PagesScanned} pages scanned; lesser findings: {string.Join("; ", journey.LesserAccessibilityFindings)}");
    }

    /// <summary>Types the address and the password and presses ログイン; returns the password field's error, if one is expected.</summary>
    private async Task<string> SignInAsync(IPage page, string email, string password, bool expectError = true)
    {
        await page.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(PasswordLabel, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = SignInButton, Exact = true }).ClickAsync();
        if (!expectError) return "";
        await Expect(page.Locator("#password-error")).ToBeVisibleAsync();
        // Without the visually hidden 「エラー：」 that screen readers read first.
        return (await page.Locator("#password-error").TextContentAsync() ?? "").Replace("エラー：", "").Trim();
    }
}
