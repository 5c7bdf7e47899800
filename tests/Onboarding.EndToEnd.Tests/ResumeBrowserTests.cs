using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Resume (issue 6, "What must be shown"): the journey interrupted after STEP 1, after STEP 2 and after STEP 3, each
/// picked up in a NEW browser context (no cookies of the first one) through 続きから再開する → member number and birth
/// date → the right step, and finished from there. Each test has a member of its own (roster import; STEP 2 happens
/// once per member). Screens: <c>resume-e2e-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ResumeBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly JourneyLabels T = JourneyLabels.Japanese;
    private readonly Step3Api _step3 = new(system);
    private readonly Step2BrowserDriver _phones = new(system, browser);

    [Fact]
    public async Task Resume_after_step1_in_a_new_browser_lands_on_step2_and_the_member_finishes_steps_2_and_3()
    {
        var email = $"rs1-{Guid.NewGuid():N}"[..17] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "石井", "大地", registeredEmail: email);

        // Session 1: STEP 1 only, then the browser is closed.
        await using (var first = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP"))
        {
            var page = await first.NewPageAsync();
            var journey = new JourneyDriver(system, browser, page, T, "resume-e2e-after-step1", output, scanAccessibility: false);
            await page.GotoAsync("/step1");
            Assert.Equal(email, await journey.Step1Async(member.Number, "2006", "5", "17", member.MaskedName, newEmail: null));
        }

        // Session 2: a new browser, no cookies.
        await using var second = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        Assert.Empty(await second.CookiesAsync());
        var resumed = await second.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(resumed, system.GatewayUrl);
        await ResumeAsync(resumed, member, "after-step1", viaHomeButton: true);

        await Expect(resumed).ToHaveURLAsync(new Regex("/step2$"));
        await Expect(resumed.Locator("#confirmed-email-masked")).ToHaveTextAsync(Step1Api.MaskEmail(email));
        await Expect(resumed.Locator("#confirmed-email")).ToHaveCountAsync(0);
        await Expect(resumed.Locator("#no-step1")).ToHaveCountAsync(0);
        await ExpectProgressAsync(resumed, done: 1, current: 2);
        await Shot(resumed, "after-step1-2-step2");

        // The member types the full confirmed address on the sign-up page (the masked one is the reminder).
        await resumed.GetByRole(AriaRole.Link, new() { Name = T.SignupButton }).ClickAsync();
        await Expect(resumed).ToHaveURLAsync(new Regex("/step2/signup$"));
        await Expect(resumed.Locator("#email-masked-hint")).ToContainTextAsync(Step1Api.MaskEmail(email));
        await resumed.GetByLabel(T.Email, new() { Exact = true }).FillAsync(email);
        await Shot(resumed, "after-step1-3-signup");
        var seen = await _step3.MailIdsToAsync(email);
        await Step2BrowserDriver.SendEmailCodeOnceStep1ArrivedAsync(resumed);
        await FinishStep2FromTheCodePageAsync(resumed, email, seen, member, "after-step1");

        // …and STEP 3 from STEP 2's done page, to 「登録完了」.
        var journey2 = new JourneyDriver(system, browser, resumed, T, "resume-e2e-after-step1-resumed", output, scanAccessibility: false);
        await journey2.Step3Async(email);
        await journey2.MypageCompletedAsync();
        await Shot(resumed, "after-step1-9-completed");
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Resume_after_step2_in_a_new_browser_lands_on_step3_and_the_member_links_the_wallet_to_registration_complete()
    {
        await using var completedEvents = await SystemEvents.TapAsync(system, "MemberOnboardingCompleted");
        var email = $"rs2-{Guid.NewGuid():N}"[..17] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "小林", "結衣", registeredEmail: email);

        // Session 1: STEPs 1 and 2 in the browser, then it is closed.
        await using (var first = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP"))
        {
            var page = await first.NewPageAsync();
            var journey = new JourneyDriver(system, browser, page, T, "resume-e2e-after-step2", output, scanAccessibility: false);
            await page.GotoAsync("/step1");
            Assert.Equal(email, await journey.Step1Async(member.Number, "2006", "5", "17", member.MaskedName, newEmail: null));
            await journey.Step2Async(email, member.FamilyName, member.GivenName);
        }

        await using var second = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        Assert.Empty(await second.CookiesAsync());
        var resumed = await second.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(resumed, system.GatewayUrl);
        await ResumeAsync(resumed, member, "after-step2", viaHomeButton: false);

        await Expect(resumed).ToHaveURLAsync(new Regex("/step3$"));
        await Expect(resumed.GetByRole(AriaRole.Heading, new() { Name = T.Step3SignInTitle })).ToBeVisibleAsync();
        await Expect(resumed.Locator("#registration-complete")).ToHaveCountAsync(0);
        await ExpectProgressAsync(resumed, done: 2, current: 3);
        await Shot(resumed, "after-step2-2-step3");

        // STEP 3 from its sign-in page.
        var journey2 = new JourneyDriver(system, browser, resumed, T, "resume-e2e-after-step2-resumed", output, scanAccessibility: false);
        await resumed.GetByLabel(T.Step3Email, new() { Exact = true }).FillAsync(email);
        var seen = await _step3.MailIdsToAsync(email);
        await resumed.GetByRole(AriaRole.Button, new() { Name = T.SendCode }).ClickAsync();
        await Expect(resumed).ToHaveURLAsync(new Regex("/step3/code$"));
        await resumed.GetByLabel(T.Code, new() { Exact = true }).FillAsync(await _step3.WaitForSignInCodeAsync(email, seen));
        await resumed.GetByRole(AriaRole.Button, new() { Name = T.VerifyCode }).ClickAsync();
        await Expect(resumed).ToHaveURLAsync(new Regex("/step3/verified$"));
        await Expect(resumed.Locator("#signed-in-email")).ToHaveTextAsync(email);
        await resumed.GetByRole(AriaRole.Button, new() { Name = T.Continue, Exact = true }).ClickAsync();
        await journey2.AtTheProviderAsync(email, allow: true);
        await journey2.MypageCompletedAsync();
        await Shot(resumed, "after-step2-9-completed");

        await completedEvents.WaitForAsync(SystemEvents.ForMemberNumber(member.Number), SystemEvents.Patience);
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));

        // The mypage says 「登録完了」, so its progress indicator must show all three steps done — also in a browser
        // that resumed (and so holds the progress cookie written when STEP 3 was still to do).
        await Expect(resumed.Locator(".progress__step--done")).ToHaveCountAsync(3);
        await Expect(resumed.Locator(".progress [aria-current='step']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Resume_after_completion_in_a_new_browser_shows_the_registration_complete_banner()
    {
        var email = $"rs3-{Guid.NewGuid():N}"[..17] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "松本", "蓮", registeredEmail: email);

        // Session 1: the whole journey.
        await using (var first = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP"))
        {
            var page = await first.NewPageAsync();
            var journey = new JourneyDriver(system, browser, page, T, "resume-e2e-completed", output, scanAccessibility: false);
            await page.GotoAsync("/step1");
            Assert.Equal(email, await journey.Step1Async(member.Number, "2006", "5", "17", member.MaskedName, newEmail: null));
            await journey.Step2Async(email, member.FamilyName, member.GivenName);
            await journey.Step3Async(email);
            await journey.MypageCompletedAsync();
        }

        await using var second = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        Assert.Empty(await second.CookiesAsync());
        var resumed = await second.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(resumed, system.GatewayUrl);
        await ResumeAsync(resumed, member, "completed", viaHomeButton: false);

        await Expect(resumed).ToHaveURLAsync(new Regex("/step3$"));
        var banner = resumed.Locator("#registration-complete");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync(T.Completed);
        await Expect(banner).ToHaveAttributeAsync("role", "status");
        // Someone who finished everything is not told to do STEP 2 first.
        await Expect(resumed.Locator("#no-account-note")).ToHaveCountAsync(0);
        await Expect(resumed.Locator(".progress__step--done")).ToHaveCountAsync(3);
        await Shot(resumed, "completed-2-step3-banner");
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>続きから再開する (the header link on a journey page, or the home page's button) → identify → 続きを確認する.</summary>
    private async Task ResumeAsync(IPage page, Step2BrowserDriver.FreshMember member, string name, bool viaHomeButton)
    {
        if (viaHomeButton)
        {
            await page.GotoAsync("/");
            var button = page.Locator("#resume-start");
            await Expect(button).ToHaveTextAsync("続きから再開する");
            await button.ClickAsync();
        }
        else
        {
            // The header link is on every page: here, STEP 1's first screen.
            await page.GotoAsync("/step1");
            var link = page.Locator("#resume-link");
            await Expect(link).ToHaveTextAsync("続きから再開する");
            await link.ClickAsync();
        }
        await Expect(page).ToHaveURLAsync(new Regex("/resume$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "続きから再開する" })).ToBeVisibleAsync();
        // The labels are STEP 1's, and they are wired to the fields.
        await page.GetByLabel(T.MemberNumber, new() { Exact = true }).FillAsync(member.Number);
        await page.GetByLabel(T.Year, new() { Exact = true }).SelectOptionAsync(member.BirthYear.ToString());
        await page.GetByLabel(T.Month, new() { Exact = true }).SelectOptionAsync(member.BirthMonth.ToString());
        await page.GetByLabel(T.Day, new() { Exact = true }).SelectOptionAsync(member.BirthDay.ToString());
        await Expect(page.Locator("#memberNumber")).ToHaveValueAsync(member.Number);
        await Expect(page.Locator("#birthYear")).ToHaveValueAsync(member.BirthYear.ToString());
        await Shot(page, $"{name}-1-resume");
        var submit = page.Locator("#resume-submit");
        await Expect(submit).ToHaveTextAsync("続きを確認する");
        await submit.ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.EndsWith("/resume"), new() { Timeout = 30_000 });
        // Nothing personal in the URL.
        Assert.DoesNotContain(member.Number, page.Url);
    }

    /// <summary>From /step2/code: the e-mailed sign-up code, password and name, the phone by SMS; ends on STEP 2's done page.</summary>
    private async Task FinishStep2FromTheCodePageAsync(IPage page, string email, HashSet<Guid> seen, Step2BrowserDriver.FreshMember member, string name)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/step2/code$"));
        await page.GetByLabel(T.Code, new() { Exact = true }).FillAsync(await _step3.WaitForSignupCodeAsync(email, seen));
        await page.GetByRole(AriaRole.Button, new() { Name = T.VerifyCode }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/verified$"));
        await page.GetByRole(AriaRole.Link, new() { Name = T.ToProfile }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2/profile$"));
        await page.GetByLabel(T.Password, new() { Exact = true }).FillAsync(JourneyDriver.Password);
        await page.GetByLabel(T.PasswordConfirmation, new() { Exact = true }).FillAsync(JourneyDriver.Password);
        await page.GetByLabel(T.FamilyName, new() { Exact = true }).FillAsync(member.FamilyName);
        await page.GetByLabel(T.GivenName, new() { Exact = true }).FillAsync(member.GivenName);
        await page.GetByRole(AriaRole.Button, new() { Name = T.ProfileSubmit }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone$"));
        var (typed, e164) = Step2Api.UniqueMobileNumber();
        await page.GetByLabel(T.PhoneNumber, new() { Exact = true }).FillAsync(typed);
        await page.GetByRole(AriaRole.Button, new() { Name = T.SendSms, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone/code$"));
        var message = await _phones.WaitForPhoneMessageAsync(e164);
        Assert.Equal("sms", message.Channel);
        await page.GetByLabel(T.Code, new() { Exact = true }).FillAsync(message.Code!);
        await page.GetByRole(AriaRole.Button, new() { Name = T.VerifyCode }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T.Step2Done })).ToBeVisibleAsync();
        await Shot(page, $"{name}-4-step2-done");
    }

    private static async Task ExpectProgressAsync(IPage page, int done, int current)
    {
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(done);
        await Expect(page.Locator(".progress [aria-current='step']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".progress__step").Nth(current - 1)).ToHaveAttributeAsync("aria-current", "step");
    }

    private Task<string> Shot(IPage page, string name) => browser.SaveScreenshotAsync(page, $"resume-e2e-{name}");
}
