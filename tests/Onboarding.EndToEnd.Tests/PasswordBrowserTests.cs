using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Password sign-in and a forgotten password (issue 13 §1, §2) in Chromium against the whole system: the e-mailed code stays the
/// sign-in page's default, 「パスワードでログイン」 is the alternative; a wrong password and an unknown address get the
/// same words next to the password field; the right one lands where the code sign-in lands (続行, the provider's
/// consent, the mypage). パスワードをお忘れの方 mails a code (the same next page for an unknown address), the code and a
/// new password reset it, the old password is refused afterwards and the notice is in the inbox. Each test has a member
/// of its own, STEPs 1 and 2 done by API. Every co-op page is scanned with axe-core. Screens:
/// <c>journey-password-*</c>, <c>journey-password-reset-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PasswordBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string PasswordSignIn = "パスワードでログイン";
    private const string PasswordLabel = "パスワード";
    private const string SignInButton = "ログイン";
    private const string WrongCredentials = "メールアドレスまたはパスワードが正しくありません。";
    private const string ForgotPassword = "パスワードをお忘れの方";
    private const string SendResetCode = "再設定用の確認コードを送信";
    private const string ResetTitle = "パスワードの再設定";
    private const string NewPasswordLabel = "新しいパスワード";
    private const string NewPasswordConfirmationLabel = "新しいパスワード（確認用）";
    private const string ResetButton = "パスワードを再設定する";
    private const string ResetCodeSubject = "【大学生協】マイポータル パスワード再設定の確認コード";
    private const string NoticeSubject = "【大学生協】マイポータル パスワード変更のお知らせ";
    private const string NewPassword = "Hinoki-Forest-2027";

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

    [Fact]
    public async Task A_member_who_forgot_the_password_sets_a_new_one_with_a_mailed_code_the_old_one_is_refused_and_a_notice_is_mailed()
    {
        var email = $"reset-{Guid.NewGuid():N}"[..18] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "井上", "結衣", registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);

        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "password-reset", output, scanAccessibility: true);

        await page.GotoAsync("/step3/password");
        await page.GetByRole(AriaRole.Link, new() { Name = ForgotPassword, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/password/forgot$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ForgotPassword, Level = 1 })).ToBeVisibleAsync();
        await journey.ShotAsync("forgot-password");

        // An address without an account gets the same next page, saying "if it is registered".
        var unknown = "nobody-" + email;
        await page.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(unknown);
        await page.GetByRole(AriaRole.Button, new() { Name = SendResetCode, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/password/reset$"));
        await Expect(page.Locator("#sent-to")).ToContainTextAsync(Step1Api.MaskEmail(unknown));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ResetTitle, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "メールアドレスを入力し直す", Exact = true }).ClickAsync();

        await page.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(email);
        var seen = await _step3.MailIdsToAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = SendResetCode, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/password/reset$"));
        await Expect(page.Locator("#sent-to")).ToContainTextAsync(Step1Api.MaskEmail(email));
        var code = await _step3.WaitForCodeMailAsync(email, seen, m => m.Subject == ResetCodeSubject, Step3Api.CoopCodeLine());
        await journey.ShotAsync("reset-password");

        // A mistyped confirmation is explained next to its field, and costs nothing: the code still works after it.
        await FillResetAsync(page, code, NewPassword, NewPassword + "x");
        var confirmation = page.GetByLabel(NewPasswordConfirmationLabel, new() { Exact = true });
        await Expect(confirmation).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#passwordConfirmation-error")).ToContainTextAsync("確認用パスワードが一致しません。");
        await Expect(page.Locator(".error-summary a[href='#password-confirmation']")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel(NewPasswordLabel, new() { Exact = true })).ToHaveValueAsync("");
        await journey.ShotAsync("reset-password-errors");

        seen = await _step3.MailIdsToAsync(email);
        await FillResetAsync(page, code, NewPassword, NewPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/step3/password$"));
        await Expect(page.Locator("#password-changed")).ToContainTextAsync("パスワードを再設定しました。");
        await journey.ShotAsync("password-changed");

        // The notice, in the account's inbox.
        var notice = await _step3.WaitForMailTextAsync(email, seen, NoticeSubject);
        Assert.Contains("再設定されました", notice);
        Assert.Contains("お心当たりのない場合は", notice);
        Assert.Contains("大学生協までお問い合わせください", notice);

        // The old password is refused like any wrong one; the new one signs in.
        Assert.StartsWith(WrongCredentials, await SignInAsync(page, email, JourneyDriver.Password));
        await SignInAsync(page, email, NewPassword, expectError: false);
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified\\?via=password$"));
        await Expect(page.Locator("#signed-in-email")).ToHaveTextAsync(email);

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"axe: {journey.PagesScanned} pages scanned; lesser findings: {string.Join("; ", journey.LesserAccessibilityFindings)}");
    }

    private async Task FillResetAsync(IPage page, string code, string password, string confirmation)
    {
        await page.GetByLabel(_t.Code, new() { Exact = true }).FillAsync(code);
        await page.GetByLabel(NewPasswordLabel, new() { Exact = true }).FillAsync(password);
        await page.GetByLabel(NewPasswordConfirmationLabel, new() { Exact = true }).FillAsync(confirmation);
        await page.GetByRole(AriaRole.Button, new() { Name = ResetButton, Exact = true }).ClickAsync();
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
