using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// A member going through the whole journey in one Chromium page, by the labels they read (Japanese or English):
/// STEP 1 (member number, birth date, the address on file or a new one, the passcode from smtp4dev), STEP 2 (sign-up
/// code from smtp4dev, password and name, the phone code from the notification service's development sink), STEP 3
/// (the mypage sign-in code from smtp4dev, 続行, the provider's own login with its 認証コード mail and its consent page)
/// and the e-money mypage. Every page it lands on is saved as <c>journey-&lt;name&gt;-NN-&lt;page&gt;.png</c> under
/// <c>TestResults/screenshots</c> and, when asked, scanned with axe-core; serious and critical violations are collected
/// in <see cref="AccessibilityViolations"/>.
/// </summary>
public sealed partial class JourneyDriver(
    SystemFixture system, BrowserFixture browser, IPage page, JourneyLabels t, string name, ITestOutputHelper output, bool scanAccessibility)
{
    public const string Password = "Koala-Sunrise-2026";

    private static readonly TimeSpan Long = TimeSpan.FromSeconds(90);

    static JourneyDriver()
    {
        // Pages of a busy 2-core machine running ~14 processes: 5 s (Playwright's default) is too tight for a page to settle.
        SetDefaultExpectTimeout(15_000);
    }

    private readonly Step3Api _step3 = new(system);
    private readonly Step2BrowserDriver _phones = new(system, browser);
    private readonly HashSet<string> _scannedAt = [];
    private int _shot;

    public IPage Page => page;

    /// <summary>The saved screenshots, in journey order.</summary>
    public List<string> Screenshots { get; } = [];

    /// <summary>Serious and critical axe-core findings on the co-op's pages (page, rule, impact, where).</summary>
    public List<string> AccessibilityViolations { get; } = [];

    /// <summary>The same on the provider's pages: another company's site, reported but not ours to fix.</summary>
    public List<string> ProviderAccessibilityViolations { get; } = [];

    /// <summary>Pages scanned, and findings of lesser impact (moderate, minor), for the record.</summary>
    public int PagesScanned { get; private set; }

    public List<string> LesserAccessibilityFindings { get; } = [];

    /// <summary>Saves the page as the next journey screenshot, and scans it once per address when asked.</summary>
    public async Task ShotAsync(string pageName, bool provider = false)
    {
        Screenshots.Add(await browser.SaveScreenshotAsync(page, $"journey-{name}-{++_shot:D2}-{pageName}"));
        if (!scanAccessibility || !_scannedAt.Add($"{pageName} {new Uri(page.Url).AbsolutePath}")) return;

        var result = await page.RunAxe();
        PagesScanned++;
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {page.Url}");
        foreach (var minor in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
        {
            LesserAccessibilityFindings.Add($"{pageName}: {minor.Id} [{minor.Impact}] {minor.Help}");
        }
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            var where = string.Join(", ", violation.Nodes.Take(3).Select(n => n.Html));
            (provider ? ProviderAccessibilityViolations : AccessibilityViolations)
                .Add($"{pageName} ({new Uri(page.Url).AbsolutePath}): {violation.Id} [{violation.Impact}] {violation.Help} — {where}");
        }
    }

    /// <summary>The home page; in English after pressing the language switch (one click away on every page).</summary>
    public async Task OpenHomeAsync()
    {
        await page.GotoAsync("/");
        if (t == JourneyLabels.English)
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new Regex("^ja"));
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new Regex("^en"));
        }
        await ShotAsync("home");
        await page.GetByRole(AriaRole.Link, new() { Name = t.HomeStart }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step1$"));
    }

    /// <summary>STEP 1 from the lookup page: the address on file (<paramref name="newEmail"/> null) or a new one typed twice.</summary>
    public async Task<string> Step1Async(string memberNumber, string birthYear, string birthMonth, string birthDay, string maskedName, string? newEmail)
    {
        await page.GetByLabel(t.MemberNumber, new() { Exact = true }).FillAsync(memberNumber);
        await page.GetByLabel(t.Year, new() { Exact = true }).SelectOptionAsync(birthYear);
        await page.GetByLabel(t.Month, new() { Exact = true }).SelectOptionAsync(birthMonth);
        await page.GetByLabel(t.Day, new() { Exact = true }).SelectOptionAsync(birthDay);
        await ShotAsync("step1-lookup");
        await page.GetByRole(AriaRole.Button, new() { Name = t.LookupSubmit }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.ConfirmTitle })).ToBeVisibleAsync();
        await Expect(page.GetByText(string.Format(t.HonorificFormat, maskedName), new() { Exact = true })).ToBeVisibleAsync();
        await ShotAsync("step1-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = t.ConfirmContinue }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.EmailTitle })).ToBeVisibleAsync();
        var digits = new string(memberNumber.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsAsciiDigit).ToArray());
        await system.PasscodeCooldowns.WaitForTurnAsync(digits);
        string email;
        if (newEmail is null)
        {
            var masked = (await page.Locator(".registered-address__value").InnerTextAsync()).Trim();
            Assert.Matches(@"^[^@*]{1,3}\*{5}@[^@*]+$", masked);
            await ShotAsync("step1-email");
            system.PasscodeCooldowns.Sending(digits);
            await page.GetByRole(AriaRole.Button, new() { Name = t.SendRegistered }).ClickAsync();
            email = (await ReadPasscodeAndTypeItAsync()).Recipient;
            Assert.Equal(masked, Step1Api.MaskEmail(email));
        }
        else
        {
            await page.GetByLabel(t.Email, new() { Exact = true }).FillAsync(newEmail);
            await page.GetByLabel(t.EmailConfirmation, new() { Exact = true }).FillAsync(newEmail);
            await ShotAsync("step1-email");
            system.PasscodeCooldowns.Sending(digits);
            await page.GetByRole(AriaRole.Button, new() { Name = t.SendNew }).ClickAsync();
            email = (await ReadPasscodeAndTypeItAsync()).Recipient;
            Assert.Equal(newEmail, email);
        }

        await Expect(page).ToHaveURLAsync(new Regex("/step1/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Step1Done })).ToBeVisibleAsync();
        await Expect(page.GetByText(email, new() { Exact = true })).ToBeVisibleAsync();
        await ShotAsync("step1-done");
        return email;
    }

    private async Task<PasscodeMail> ReadPasscodeAndTypeItAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.PasscodeTitle })).ToBeVisibleAsync();
        var match = Regex.Match(new Uri(page.Url).AbsolutePath, "^/step1/passcode/([0-9a-fA-F-]{36})$");
        Assert.True(match.Success, $"Not the STEP 1 code page: {page.Url}");
        var mail = await PasscodeMail.WaitForAsync(system.Inbox, Guid.Parse(match.Groups[1].Value));
        await page.GetByLabel(t.Passcode, new() { Exact = true }).FillAsync(mail.Passcode);
        await ShotAsync("step1-passcode");
        await page.GetByRole(AriaRole.Button, new() { Name = t.PasscodeSubmit }).ClickAsync();
        return mail;
    }

    /// <summary>STEP 2 from STEP 1's done page: sign-up code, password and name, and the phone by SMS or voice call.</summary>
    public async Task Step2Async(string email, string familyName, string givenName, string channel = "sms")
    {
        await page.GetByRole(AriaRole.Link, new() { Name = t.ToStep2 }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2$"));
        await Expect(page.Locator("#confirmed-email")).ToHaveTextAsync(email);
        await ShotAsync("step2-start");
        await page.GetByRole(AriaRole.Link, new() { Name = t.SignupButton }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/signup$"));
        await Expect(page.Locator("dd#email")).ToHaveTextAsync(email);
        await ShotAsync("step2-signup");
        var seen = await _step3.MailIdsToAsync(email);
        await PressUntilAsync(t.SendCode, new Regex("/step2/code$"), retryWhen: "#to-step1");

        var code = await _step3.WaitForSignupCodeAsync(email, seen);
        await page.GetByLabel(t.Code, new() { Exact = true }).FillAsync(code);
        await ShotAsync("step2-email-code");
        await page.GetByRole(AriaRole.Button, new() { Name = t.VerifyCode }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/verified$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.EmailVerifiedTitle })).ToBeVisibleAsync();
        await ShotAsync("step2-email-verified");
        await page.GetByRole(AriaRole.Link, new() { Name = t.ToProfile }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/profile$"));
        await page.GetByLabel(t.Password, new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel(t.PasswordConfirmation, new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel(t.FamilyName, new() { Exact = true }).FillAsync(familyName);
        await page.GetByLabel(t.GivenName, new() { Exact = true }).FillAsync(givenName);
        await ShotAsync("step2-profile");
        await page.GetByRole(AriaRole.Button, new() { Name = t.ProfileSubmit }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone$"));
        var (typed, e164) = channel == "voice" ? Landline() : Step2Api.UniqueMobileNumber();
        await page.GetByLabel(t.PhoneNumber, new() { Exact = true }).FillAsync(typed);
        await ShotAsync("step2-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = channel == "voice" ? t.Call : t.SendSms, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone/code$"));
        var message = await WaitForPhoneMessageAsync(e164);
        Assert.Equal(channel, message.Channel);
        var phoneCode = channel == "voice" ? Step2BrowserDriver.CodeOfVoiceScript(message.Text) : SixDigits().Match(message.Text).Value;
        Assert.Matches("^[0-9]{6}$", phoneCode);
        await page.GetByLabel(t.Code, new() { Exact = true }).FillAsync(phoneCode);
        await ShotAsync("step2-phone-code");
        await page.GetByRole(AriaRole.Button, new() { Name = t.VerifyCode }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Step2Done })).ToBeVisibleAsync();
        await ShotAsync("step2-done");
    }

    /// <summary>
    /// STEP 3 from STEP 2's done page: the mypage sign-in by e-mailed code, 続行, the provider's login with its own
    /// 認証コード mail, and the consent — allowed or cancelled. Ends back on the co-op's mypage.
    /// </summary>
    public async Task Step3Async(string email, bool allow = true)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = t.ToStep3 }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Step3SignInTitle })).ToBeVisibleAsync();
        await page.GetByLabel(t.Step3Email, new() { Exact = true }).FillAsync(email);
        await ShotAsync("step3-sign-in");
        var seen = await _step3.MailIdsToAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = t.SendCode }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        // Masked, and said alike whether or not the address has an account.
        await Expect(page.Locator("#sent-to")).ToContainTextAsync(Step1Api.MaskEmail(email));
        var code = await _step3.WaitForSignInCodeAsync(email, seen);
        await page.GetByLabel(t.Code, new() { Exact = true }).FillAsync(code);
        await ShotAsync("step3-code");
        await page.GetByRole(AriaRole.Button, new() { Name = t.VerifyCode }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Step3VerifiedTitle })).ToBeVisibleAsync();
        await Expect(page.Locator("#signed-in-email")).ToHaveTextAsync(email);
        await ShotAsync("step3-verified");
        await page.GetByRole(AriaRole.Button, new() { Name = t.Continue, Exact = true }).ClickAsync();

        await AtTheProviderAsync(email, allow);
    }

    /// <summary>On the provider's pages (reached from 続行 or a retry): login, 認証コード, consent; back on the mypage.</summary>
    public async Task AtTheProviderAsync(string email, bool allow)
    {
        // /step3/link hands over by a meta refresh: the browser is on the sandbox's own login page next.
        var sandbox = system.App.GetEndpoint(Onboarding.AppHost.ResourceNames.WalletSandbox, Onboarding.AppHost.ResourceNames.HttpEndpoint);
        await page.WaitForURLAsync(url => url.StartsWith(sandbox.GetLeftPart(UriPartial.Authority)) && new Uri(url).AbsolutePath is "/login" or "/oauth/authorize",
            new() { Timeout = (float)Long.TotalMilliseconds });
        if (new Uri(page.Url).AbsolutePath == "/login")
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ログイン・新規登録" })).ToBeVisibleAsync();
            var contact = page.GetByLabel("メールアドレスまたは電話番号", new() { Exact = true });
            if (string.IsNullOrEmpty(await contact.InputValueAsync())) await contact.FillAsync(email);
            await Expect(contact).ToHaveValueAsync(email);
            await ShotAsync("provider-login", provider: true);
            var seen = await _step3.MailIdsToAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "ログイン・新規登録" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/login/code"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "認証コードの入力" })).ToBeVisibleAsync();
            var code = await _step3.WaitForProviderCodeAsync(email, seen);
            await page.GetByLabel("認証コード（6桁）", new() { Exact = true }).FillAsync(code);
            await ShotAsync("provider-code", provider: true);
            await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "アクセスの許可" })).ToBeVisibleAsync();
        await ShotAsync("provider-consent", provider: true);
        await page.GetByRole(AriaRole.Button, new() { Name = allow ? "アクセスを許可する" : "キャンセル", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/step3/mypage\\?link={(allow ? "linked" : "denied")}$"), new() { Timeout = (float)Long.TotalMilliseconds });
        Assert.StartsWith(system.GatewayUrl.GetLeftPart(UriPartial.Authority), page.Url);
    }

    /// <summary>
    /// The mypage after a granted consent: linked, a balance and transactions; then 「登録完了」, which membership
    /// records a moment later from <c>WalletLinked</c> — the page asks the member to reload, and so does the test.
    /// </summary>
    public async Task<string> MypageCompletedAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.MypageTitle })).ToBeVisibleAsync();
        await Expect(page.Locator("#link-outcome")).ToHaveTextAsync(t.LinkedNotice);
        await Expect(page.Locator("#balance")).ToHaveTextAsync(new Regex(t.BalancePattern));
        Assert.True(await page.Locator("#transactions tbody tr").CountAsync() > 0, "No transactions on the mypage.");
        var balance = (await page.Locator("#balance").InnerTextAsync()).Trim();

        var deadline = DateTime.UtcNow + Long;
        while (await page.Locator("#completed").CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"「{t.Completed}」 never appeared on the mypage: {await page.Locator("main").InnerTextAsync()}");
            await Expect(page.Locator("#completion-pending")).ToBeVisibleAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await page.ReloadAsync();
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Completed, Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#balance")).ToHaveTextAsync(balance);
        await ShotAsync("mypage-completed");
        output.WriteLine($"[{name}] mypage: balance {balance}, 「{t.Completed}」 shown.");
        return balance;
    }

    /// <summary>
    /// What a member would never see but the co-op's pages must not do: console errors (CSP violations, script errors,
    /// failed loads) with where they came from, and any response of 400 or more, with its address. Only the gateway's
    /// origin counts; the provider's pages are another company's (the sandbox, e.g., has no favicon: a 404 Chromium
    /// logs) — those go to <paramref name="elsewhere"/>.
    /// </summary>
    public static List<string> CollectProblems(IPage page, Uri gateway, List<string>? elsewhere = null)
    {
        var origin = gateway.GetLeftPart(UriPartial.Authority);
        var problems = new List<string>();
        void Add(string where, string problem) =>
            (where.StartsWith(origin, StringComparison.OrdinalIgnoreCase) ? problems : elsewhere ?? [])?.Add(problem);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add(string.IsNullOrEmpty(message.Location) ? page.Url : message.Location, $"console: {message.Text} ({message.Location}, on {page.Url})");
        };
        page.PageError += (_, error) => Add(page.Url, $"page error: {error} (on {page.Url})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Add(response.Url, $"{response.Status} {response.Request.Method} {response.Url}");
        };
        return problems;
    }

    /// <summary>Presses a button until the page moves on; while <paramref name="retryWhen"/> shows (an event still on its way), again.</summary>
    private async Task PressUntilAsync(string button, Regex next, string retryWhen)
    {
        var deadline = DateTime.UtcNow + Long;
        while (true)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            if (next.IsMatch(new Uri(page.Url).AbsolutePath)) return;
            var notYet = await page.Locator(retryWhen).CountAsync() > 0;
            Assert.True(notYet && DateTime.UtcNow < deadline, $"「{button}」 did not lead on (at {page.Url}): {await page.Locator("main").InnerTextAsync()}");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private async Task<Step2Api.PhoneMessage> WaitForPhoneMessageAsync(string e164)
    {
        var deadline = DateTime.UtcNow + Long;
        while (true)
        {
            var messages = await _phones.PhoneMessagesToAsync(e164);
            if (messages.Length > 0) return messages[0];
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No phone message to {e164} within {Long}.");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private static (string Typed, string E164) Landline()
    {
        var (typed, e164, _) = Step2BrowserDriver.UniqueTokyoLandline();
        return (typed, e164);
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
