using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// STEP 3 in a real Chromium by the notice's labels (確認コードを送信 → コードの確認 → 続行 → PokePay → 電子マネーマイページ),
/// with screenshots under <c>TestResults/screenshots</c> (step3-*).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Step3BrowserTests : IClassFixture<JourneyBrowserGateway>
{
    private readonly BrowserFixture _browser;
    private readonly JourneyFakes _fakes;
    private readonly Uri _baseAddress;

    public Step3BrowserTests(BrowserFixture browser, JourneyBrowserGateway gateway)
    {
        _browser = browser;
        _fakes = gateway.Fakes;
        _fakes.Reset();
        // What membership does when wallet-link publishes WalletLinked for a member who did STEP 1 and 2.
        _fakes.Wallet.OnLinked = _fakes.Membership.CompleteOnboarding;
        _baseAddress = gateway.Gateway.BaseAddress;
    }

    private static List<string> WatchForProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    private async Task SignInAsync(IPage page, string sendLabel = "確認コードを送信", string verifyLabel = "コードの確認")
    {
        await page.GotoAsync("/step3");
        await page.Locator("#email").FillAsync(FakeMembership.Member1Email);
        await page.GetByRole(AriaRole.Button, new() { Name = sendLabel }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        await page.Locator("#code").FillAsync(_fakes.Portal.LastMail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = verifyLabel, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified$"));
    }

    [Fact]
    public async Task Japanese_sign_in_code_continue_provider_and_registration_complete()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);

        await page.GotoAsync("/step3");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PokePayマイページにアクセス" })).ToBeVisibleAsync();
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(FakeMembership.Member1Email);
        await _browser.SaveScreenshotAsync(page, "step3-1-sign-in-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-1-sign-in-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        await Expect(page.Locator("#sent-to")).ToContainTextAsync(FakeMembership.Member1MaskedEmail);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "確認コードを再送信" })).ToBeDisabledAsync();
        var wrong = _fakes.Portal.LastMail.Code == "000000" ? "111111" : "000000";
        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認", Exact = true }).ClickAsync();
        await Expect(page.Locator("#code-error")).ToContainTextAsync("あと4回入力できます。");
        await _browser.SaveScreenshotAsync(page, "step3-2-code-wrong-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-2-code-wrong-ja");

        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(_fakes.Portal.LastMail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "コードの確認が完了しました" })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step3-3-verified-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-3-verified-ja");
        // No token is readable by script: the session cookie is HttpOnly.
        Assert.Equal("", await page.EvaluateAsync<string>("() => document.cookie.includes('Step3') ? document.cookie : ''"));

        // 続行 → the provider (here at once allowing access) → wallet-link's callback through the gateway → the mypage.
        await page.GetByRole(AriaRole.Button, new() { Name = "続行" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage\\?link=linked$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登録完了" })).ToBeVisibleAsync();
        await Expect(page.Locator("#link-state")).ToHaveTextAsync("連携済み");
        await Expect(page.Locator("#balance")).ToHaveTextAsync("12,345円");
        await Expect(page.Locator("#transactions")).ToContainTextAsync("生協食堂 北部店");
        await _browser.SaveScreenshotAsync(page, "step3-4-mypage-complete-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-4-mypage-complete-ja");

        // A phone, or a PC at 200% zoom: the balance and the transactions must not run off the side.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The mypage scrolls sideways when narrow.");
        await _browser.SaveScreenshotAsync(page, "step3-9-mypage-narrow-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-9-mypage-narrow-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Denied_at_the_provider_then_trying_again()
    {
        _fakes.Wallet.Decision = ProviderDecision.Deny;
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "続行" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage\\?link=denied$"));
        await Expect(page.Locator("#link-outcome")).ToContainTextAsync("「アクセスを許可する」が選ばれなかった");
        await Expect(page.Locator("#link-state")).ToHaveTextAsync("未連携");
        await _browser.SaveScreenshotAsync(page, "step3-5-mypage-denied-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-5-mypage-denied-ja");

        _fakes.Wallet.Decision = ProviderDecision.Allow;
        await page.GetByRole(AriaRole.Button, new() { Name = "PokePay 認証へ進む" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage\\?link=linked$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登録完了" })).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task English_mypage_when_the_provider_is_down_and_when_complete()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "en-GB");
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        await SignInAsync(page, "Send verification code", "Verify code");
        await _browser.SaveScreenshotAsync(page, "step3-6-verified-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-6-verified-en");

        _fakes.Wallet.Link(FakeIdentityPortal.Member1Id);
        _fakes.Wallet.ProviderAvailable = false;
        await page.GotoAsync("/step3/mypage");
        await Expect(page.Locator("#provider-down")).ToContainTextAsync("PokePay cannot be reached");
        await _browser.SaveScreenshotAsync(page, "step3-7-mypage-provider-down-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-7-mypage-provider-down-en");

        _fakes.Wallet.ProviderAvailable = true;
        _fakes.Membership.CompleteOnboarding(FakeIdentityPortal.Member1Id);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registration complete" })).ToBeVisibleAsync();
        await Expect(page.Locator("#balance")).ToHaveTextAsync("¥12,345");
        await _browser.SaveScreenshotAsync(page, "step3-8-mypage-complete-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step3-8-mypage-complete-en");
        Assert.Empty(problems);
    }
}
