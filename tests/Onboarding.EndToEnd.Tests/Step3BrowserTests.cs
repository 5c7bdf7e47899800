using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 3 in Chromium against the whole system (issue 5): after STEPs 1 and 2, the mypage sign-in by the e-mailed
/// code (確認コードを送信, コードの確認, 続行), the provider's own login (ログイン・新規登録, its 認証コード mail, ログイン) and
/// consent (アクセスを許可する), back to the e-money mypage with a balance and 「登録完了」; and a cancelled consent,
/// which shows the guidance and a way to try again. Each test has a member of its own (roster import): STEP 2 can
/// happen only once per member. Screens: <c>journey-step3-*</c>, <c>journey-denied-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Step3BrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private readonly Step3Api _step3 = new(system);

    [Fact]
    public async Task After_steps_1_and_2_a_member_links_the_wallet_on_the_providers_pages_and_sees_the_balance_and_registration_complete()
    {
        await using var completedEvents = await SystemEvents.TapAsync(system, "MemberOnboardingCompleted");
        var email = $"sora-{Guid.NewGuid():N}"[..18] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "加藤", "蒼", registeredEmail: email);
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, JourneyLabels.Japanese, "step3", output, scanAccessibility: false);

        await page.GotoAsync("/step1");
        var confirmed = await journey.Step1Async(member.Number, "2006", "5", "17", member.MaskedName, newEmail: null);
        Assert.Equal(email, confirmed);
        await journey.Step2Async(email, member.FamilyName, member.GivenName);
        await journey.Step3Async(email);
        await journey.MypageCompletedAsync();

        var completed = await completedEvents.WaitForAsync(SystemEvents.ForMemberNumber(member.Number), SystemEvents.Patience);
        Assert.Equal(1, await completedEvents.CountAsync(SystemEvents.ForMemberNumber(member.Number), TimeSpan.FromSeconds(3)));
        // The progress indicator says all three steps are done.
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(3);
        await Expect(page.Locator(".progress [aria-current='step']")).ToHaveCountAsync(0);
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"MemberOnboardingCompleted: {completed}");
    }

    [Fact]
    public async Task A_cancelled_consent_at_the_provider_shows_the_guidance_on_the_mypage_and_linking_can_be_tried_again()
    {
        var email = $"deny-{Guid.NewGuid():N}"[..18] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "吉田", "陽菜", registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);

        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, JourneyLabels.Japanese, "denied", output, scanAccessibility: false);
        var t = JourneyLabels.Japanese;

        // STEPs 1 and 2 were done by API: the member opens STEP 3 directly.
        await page.GotoAsync("/step3");
        await page.GetByLabel(t.Step3Email, new() { Exact = true }).FillAsync(email);
        var seen = await _step3.MailIdsToAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = t.SendCode }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        await page.GetByLabel(t.Code, new() { Exact = true }).FillAsync(await _step3.WaitForSignInCodeAsync(email, seen));
        await page.GetByRole(AriaRole.Button, new() { Name = t.VerifyCode }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified$"));
        await page.GetByRole(AriaRole.Button, new() { Name = t.Continue, Exact = true }).ClickAsync();

        // キャンセル at the provider's consent.
        await journey.AtTheProviderAsync(email, allow: false);
        await Expect(page.Locator("#link-outcome")).ToHaveTextAsync(t.DeniedNotice);
        await Expect(page.Locator("#link-outcome")).ToHaveAttributeAsync("role", "alert");
        await Expect(page.Locator("#link-state")).ToHaveTextAsync("未連携");
        await Expect(page.Locator("#completed")).ToHaveCountAsync(0);
        await Expect(page.Locator("#balance")).ToHaveCountAsync(0);
        var retry = page.GetByRole(AriaRole.Button, new() { Name = t.ToProvider, Exact = true });
        await Expect(retry).ToBeVisibleAsync();
        await journey.ShotAsync("mypage-denied");

        // The way forward: PokePay 認証へ進む again; the provider remembers the login, so its consent comes next.
        await retry.ClickAsync();
        await journey.AtTheProviderAsync(email, allow: true);
        await journey.MypageCompletedAsync();
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
