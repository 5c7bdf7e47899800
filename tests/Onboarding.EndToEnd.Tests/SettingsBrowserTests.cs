using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// アカウント設定 (issue 13 §3) in Chromium against the whole system: from the mypage to the settings page, then each
/// change. A password change keeps this browser signed in, ends the member's other sitting, and the new password signs
/// in while the old one is refused; the notice is in the inbox and <c>PortalPasswordChanged</c> is published. Each test
/// has a member of its own, STEPs 1 and 2 done by API. Every page is scanned with axe-core. Screens:
/// <c>journey-settings-*</c>. An e-mail change is confirmed by a code mailed to the new address, which the next code
/// sign-in then uses; the old address gets a notice and <c>PortalEmailChanged</c> is published. A phone change is
/// verified by an SMS code to the new number, as in STEP 2, and <c>PortalPhoneNumberChanged</c> is published.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SettingsBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string NewPassword = "Hinoki-Forest-2027";
    private const string NoticeSubject = "【大学生協】マイポータル パスワード変更のお知らせ";
    private const string EmailChangeCodeSubject = "【大学生協】マイポータル メールアドレス変更の確認コード";
    private const string EmailChangedNoticeSubject = "【大学生協】マイポータル メールアドレス変更のお知らせ";

    private readonly Step3Api _step3 = new(system);
    private readonly JourneyLabels _t = JourneyLabels.Japanese;

    [Fact]
    public async Task A_member_changes_the_password_and_the_name_from_the_mypage_and_stays_signed_in_here_only()
    {
        var email = $"set-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "村上", "葵", registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);
        // Another sitting of the same member (as another device would have), and who the member is.
        var elsewhere = await PasswordSignInAsync(email, JourneyDriver.Password);
        var memberId = Guid.Parse(elsewhere.GetProperty("member_id").GetString()!);

        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "settings", output, scanAccessibility: true);
        await SignInInBrowserAsync(page, email, JourneyDriver.Password);

        await page.GotoAsync("/step3/mypage");
        await page.GetByRole(AriaRole.Link, new() { Name = "アカウント設定（パスワード・お名前・電話番号・メールアドレスの変更）", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "アカウント設定", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#account-email")).ToHaveTextAsync(email);
        await Expect(page.Locator("#account-name")).ToHaveTextAsync("村上 葵");
        await Expect(page.Locator("#account-phone")).ToHaveTextAsync(new Regex(@"^0[789]0-\*{4}-\d{4}$"));
        await journey.ShotAsync("settings");

        // The password: a wrong current one is explained next to its field and changes nothing.
        await page.GetByRole(AriaRole.Link, new() { Name = "パスワードを変更", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスワードの変更", Level = 1 })).ToBeVisibleAsync();
        await journey.ShotAsync("settings-password");
        await FillPasswordChangeAsync(page, "Not-the-password-1", NewPassword);
        var current = page.GetByLabel("現在のパスワード", new() { Exact = true });
        await Expect(current).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#currentPassword-error")).ToContainTextAsync("現在のパスワードが正しくありません。");
        await Expect(page.Locator(".error-summary a[href='#current-password']")).ToHaveCountAsync(1);
        await Expect(current).ToHaveValueAsync("");
        await journey.ShotAsync("settings-password-wrong");

        await using var passwordEvents = await SystemEvents.TapAsync(system, "PortalPasswordChanged");
        var seen = await _step3.MailIdsToAsync(email);
        await FillPasswordChangeAsync(page, JourneyDriver.Password, NewPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings$"));
        await Expect(page.Locator("#settings-saved")).ToContainTextAsync("パスワードを変更しました。");
        await journey.ShotAsync("settings-password-saved");
        var changed = await passwordEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
        Assert.False(changed.GetProperty("byReset").GetBoolean());
        var notice = await _step3.WaitForMailAsync(email, seen, NoticeSubject);
        Assert.Contains("「設定」から変更されました", notice);

        // This browser goes on (its fresh tokens work at identity-portal and at wallet-link); the other sitting is over.
        await page.GotoAsync("/step3/mypage");
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage$"));
        using (var other = await _step3.SendAsync(HttpMethod.Get, "/api/portal/account", elsewhere.GetProperty("access_token").GetString()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        }
        using (var renewal = await system.Gateway.PostAsync("/api/portal/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = elsewhere.GetProperty("refresh_token").GetString()!,
        })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, renewal.StatusCode);
        }
        // The old password is refused, the new one signs in.
        using (var old = await system.Gateway.PostAsJsonAsync("/api/portal/sign-ins", new { email, password = JourneyDriver.Password }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }
        await PasswordSignInAsync(email, NewPassword);

        // The name: STEP 2's rules, then the new name on the settings page.
        await page.GotoAsync("/step3/mypage/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "お名前を変更", Exact = true }).ClickAsync();
        var family = page.GetByLabel("姓", new() { Exact = true });
        await Expect(family).ToHaveValueAsync("村上");
        await journey.ShotAsync("settings-name");
        await family.FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "お名前を変更", Exact = true }).ClickAsync();
        await Expect(page.Locator("#familyName-error")).ToContainTextAsync("姓を入力してください。");
        await Expect(family).ToHaveAttributeAsync("aria-invalid", "true");
        await journey.ShotAsync("settings-name-error");
        await using var nameEvents = await SystemEvents.TapAsync(system, "PortalAccountNameChanged");
        await family.FillAsync("森");
        await page.GetByRole(AriaRole.Button, new() { Name = "お名前を変更", Exact = true }).ClickAsync();
        await Expect(page.Locator("#settings-saved")).ToContainTextAsync("お名前を変更しました。");
        await Expect(page.Locator("#account-name")).ToHaveTextAsync("森 葵");
        var renamed = await nameEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
        Assert.Equal("森", renamed.GetProperty("familyName").GetString());

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"axe: {journey.PagesScanned} pages scanned; lesser findings: {string.Join("; ", journey.LesserAccessibilityFindings)}");
    }

    [Fact]
    public async Task A_member_changes_the_e_mail_address_with_a_code_signs_in_with_it_next_time_and_the_old_address_is_told()
    {
        var email = $"old-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        var newEmail = $"new-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "石川", "蓮", registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);
        var memberId = Guid.Parse((await PasswordSignInAsync(email, JourneyDriver.Password)).GetProperty("member_id").GetString()!);

        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "settings-email", output, scanAccessibility: true);
        await SignInInBrowserAsync(page, email, JourneyDriver.Password);

        await page.GotoAsync("/step3/mypage/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "メールアドレスを変更", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings/email$"));
        await Expect(page.Locator("#current-email")).ToHaveTextAsync(email);
        await journey.ShotAsync("settings-email");
        // The current address is not a change.
        await page.GetByLabel("新しいメールアドレス", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信", Exact = true }).ClickAsync();
        await Expect(page.Locator("#email-error")).ToContainTextAsync("現在のメールアドレスと同じです。");

        await page.GetByLabel("新しいメールアドレス", new() { Exact = true }).FillAsync(newEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings/email/code$"));
        await Expect(page.Locator("#sent-to")).ToContainTextAsync(Step1Api.MaskEmail(newEmail));
        var code = await _step3.WaitForCodeMailAsync(newEmail, new HashSet<Guid>(), m => m.Subject == EmailChangeCodeSubject, Step3Api.CoopCodeLine());
        await journey.ShotAsync("settings-email-code");
        await page.GetByLabel(_t.Code, new() { Exact = true }).FillAsync(code == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを変更", Exact = true }).ClickAsync();
        await Expect(page.Locator("#code-error")).ToContainTextAsync("確認コードが正しくありません。");
        await journey.ShotAsync("settings-email-code-wrong");

        await using var emailEvents = await SystemEvents.TapAsync(system, "PortalEmailChanged");
        var seenAtOld = await _step3.MailIdsToAsync(email);
        await page.GetByLabel(_t.Code, new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを変更", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings$"));
        await Expect(page.Locator("#settings-saved")).ToContainTextAsync("メールアドレスを変更しました。");
        await Expect(page.Locator("#account-email")).ToHaveTextAsync(newEmail);
        await journey.ShotAsync("settings-email-saved");
        var changed = await emailEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
        Assert.Equal(newEmail, changed.GetProperty("email").GetString());
        var notice = await _step3.WaitForMailAsync(email, seenAtOld, EmailChangedNoticeSubject);
        Assert.Contains(Step1Api.MaskEmail(newEmail), notice);
        Assert.DoesNotContain(newEmail, notice);

        // The next sign-in by e-mailed code, in another browser, goes to the new address.
        await using var next = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var nextPage = await next.NewPageAsync();
        await nextPage.GotoAsync("/step3");
        await nextPage.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(newEmail);
        var seen = await _step3.MailIdsToAsync(newEmail);
        await nextPage.GetByRole(AriaRole.Button, new() { Name = _t.SendCode }).ClickAsync();
        await Expect(nextPage).ToHaveURLAsync(new Regex("/step3/code$"));
        await nextPage.GetByLabel(_t.Code, new() { Exact = true }).FillAsync(await _step3.WaitForSignInCodeAsync(newEmail, seen));
        await nextPage.GetByRole(AriaRole.Button, new() { Name = _t.VerifyCode }).ClickAsync();
        await Expect(nextPage).ToHaveURLAsync(new Regex("/step3/verified$"));
        await Expect(nextPage.Locator("#signed-in-email")).ToHaveTextAsync(newEmail);

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"axe: {journey.PagesScanned} pages scanned; lesser findings: {string.Join("; ", journey.LesserAccessibilityFindings)}");
    }

    [Fact]
    public async Task A_member_changes_the_phone_number_with_a_code_sent_by_sms()
    {
        var email = $"tel-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "小林", "陽菜", registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);
        var memberId = Guid.Parse((await PasswordSignInAsync(email, JourneyDriver.Password)).GetProperty("member_id").GetString()!);
        var (phone, e164) = Step2Api.UniqueMobileNumber();

        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "settings-phone", output, scanAccessibility: true);
        await SignInInBrowserAsync(page, email, JourneyDriver.Password);

        await page.GotoAsync("/step3/mypage/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "電話番号を変更", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings/phone$"));
        await journey.ShotAsync("settings-phone");
        // A landline cannot get an SMS: said next to the field, as in STEP 2.
        await page.GetByLabel("新しい電話番号", new() { Exact = true }).FillAsync("03-1234-5678");
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの送信", Exact = true }).ClickAsync();
        await Expect(page.Locator("#phoneNumber-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("新しい電話番号", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await journey.ShotAsync("settings-phone-error");

        await page.GetByLabel("新しい電話番号", new() { Exact = true }).FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの送信", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings/phone/code$"));
        var sms = await new Step2Api(system).WaitForPhoneCodeAsync(e164);
        await journey.ShotAsync("settings-phone-code");
        await page.GetByLabel(_t.Code, new() { Exact = true }).FillAsync(sms.Code == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "電話番号を変更", Exact = true }).ClickAsync();
        await Expect(page.Locator("#code-error")).ToContainTextAsync("確認コードが正しくありません。");

        await using var phoneEvents = await SystemEvents.TapAsync(system, "PortalPhoneNumberChanged");
        await page.GetByLabel(_t.Code, new() { Exact = true }).FillAsync(sms.Code!);
        await page.GetByRole(AriaRole.Button, new() { Name = "電話番号を変更", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/settings$"));
        await Expect(page.Locator("#settings-saved")).ToContainTextAsync("電話番号を変更しました。");
        await Expect(page.Locator("#account-phone")).ToHaveTextAsync($"{phone[..3]}-****-{phone[^4..]}");
        await journey.ShotAsync("settings-phone-saved");
        await phoneEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"axe: {journey.PagesScanned} pages scanned; lesser findings: {string.Join("; ", journey.LesserAccessibilityFindings)}");
    }

    private async Task SignInInBrowserAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/step3/password");
        await page.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified\\?via=password$"));
    }

    private static async Task FillPasswordChangeAsync(IPage page, string current, string password)
    {
        await page.GetByLabel("現在のパスワード", new() { Exact = true }).FillAsync(current);
        await page.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("新しいパスワード（確認用）", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスワードを変更", Exact = true }).ClickAsync();
    }

    /// <summary>A password sign-in by API, as another device: the token response (with <c>member_id</c>).</summary>
    private async Task<JsonElement> PasswordSignInAsync(string email, string password)
    {
        using var response = await system.Gateway.PostAsJsonAsync("/api/portal/sign-ins", new { email, password });
        return await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
    }
}
