using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// STEP 2's first screens in a real Chromium, by the notice's labels (今すぐサインアップ → 確認コードを送信 → コードの確認),
/// with screenshots under <c>TestResults/screenshots</c> (step2-*).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Step2BrowserTests : IClassFixture<JourneyBrowserGateway>
{
    private readonly BrowserFixture _browser;
    private readonly FakeMembership _membership;
    private readonly FakeIdentityPortal _portal;
    private readonly Uri _baseAddress;

    public Step2BrowserTests(BrowserFixture browser, JourneyBrowserGateway gateway)
    {
        _browser = browser;
        _membership = gateway.Membership;
        _portal = gateway.Portal;
        _membership.Reset();
        _portal.Reset();
        _baseAddress = gateway.Gateway.BaseAddress;
    }

    [Fact]
    public async Task Japanese_sign_up_and_email_code_after_step1()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);

        // STEP 1 in this browser, the short way.
        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(FakeMembership.Member1);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync("2004");
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync("4");
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" }).ClickAsync();
        await page.GetByLabel("パスコード", new() { Exact = true }).FillAsync(_membership.LastMail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "STEP 2 マイポータルへの登録へ進む" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "マイポータルへの登録", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#confirmed-email")).ToHaveTextAsync(FakeMembership.Member1Email);
        await _browser.SaveScreenshotAsync(page, "step2-1-start-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-1-start-ja");
        await page.GetByRole(AriaRole.Link, new() { Name = "今すぐサインアップ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/signup$"));
        await Expect(page.Locator("#email")).ToHaveTextAsync(FakeMembership.Member1Email);
        await _browser.SaveScreenshotAsync(page, "step2-2-signup-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-2-signup-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/code$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "確認コードの入力" })).ToBeVisibleAsync();
        // Just sent: the script holds the resend button until the service will take it.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "確認コードを再送信" })).ToBeDisabledAsync();
        var wrong = _portal.LastMail.Code == "000000" ? "111111" : "000000";
        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認" }).ClickAsync();
        await Expect(page.Locator("#code-error")).ToContainTextAsync("あと4回入力できます。");
        await _browser.SaveScreenshotAsync(page, "step2-3-code-wrong-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-3-code-wrong-ja");

        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(_portal.LastMail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/verified$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "メールアドレスの確認が完了しました" })).ToBeVisibleAsync();
        await Expect(page.Locator("#next-steps")).ToContainTextAsync("「電話する」");
        await _browser.SaveScreenshotAsync(page, "step2-4-verified-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-4-verified-ja");

        // Password and name.
        await page.GetByRole(AriaRole.Link, new() { Name = "パスワードと名前の入力へ進む" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2/profile$"));
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync("correct-horse-42");
        await page.GetByLabel("パスワード（確認用）", new() { Exact = true }).FillAsync("correct-horse-4");
        await page.GetByLabel("姓", new() { Exact = true }).FillAsync("岡田");
        await page.GetByLabel("名", new() { Exact = true }).FillAsync("太郎");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ（電話番号の入力）" }).ClickAsync();
        await Expect(page.Locator("#password-confirmation")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        await _browser.SaveScreenshotAsync(page, "step2-5-profile-error-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-5-profile-error-ja");
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync("correct-horse-42");
        await page.GetByLabel("パスワード（確認用）", new() { Exact = true }).FillAsync("correct-horse-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ（電話番号の入力）" }).ClickAsync();

        // Mobile number.
        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone$"));
        await page.GetByLabel("電話番号", new() { Exact = true }).FillAsync("090-1234-5678");
        await _browser.SaveScreenshotAsync(page, "step2-6-phone-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-6-phone-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの送信" }).ClickAsync();

        // The code from the SMS.
        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone/code$"));
        await Expect(page.Locator("#sent-to")).ToContainTextAsync("5678");
        var wrongPhone = _portal.LastPhoneCode.Code == "000000" ? "111111" : "000000";
        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(wrongPhone);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認" }).ClickAsync();
        await Expect(page.Locator("#code-error")).ToContainTextAsync("あと4回入力できます。");
        await _browser.SaveScreenshotAsync(page, "step2-7-phone-code-wrong-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-7-phone-code-wrong-ja");
        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(_portal.LastPhoneCode.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "STEP 2 マイポータルへの登録が完了しました" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "STEP 3 PokePay認証へ進む" })).ToHaveAttributeAsync("href", "/step3");
        await _browser.SaveScreenshotAsync(page, "step2-8-done-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step2-8-done-ja");
        Assert.Empty(problems);
    }
}
