using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 1 as a member does it, in a real Chromium against the gateway of the running system: the labels of the printed
/// notice clicked by their text, the passcode read from the real mail in smtp4dev, and the link in that mail opened to
/// reach the code page. Every screen is saved under <c>TestResults/screenshots</c> (e2e-step1-*).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Step1BrowserTests(SystemFixture system, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AMemberConfirmsTheRegisteredAddressWithTheLinkFromTheMail()
    {
        var member = SeededMembers.Okada;
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "STEP 1から登録を始める" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step1$"));

        // Full-width digits, as many members type the number from the notice.
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync("１２３４５６７８９０１２");
        await SelectBirthDateAsync(page, "2004", "4", "1");
        await browser.SaveScreenshotAsync(page, "e2e-step1-1-lookup-registered");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ご登録者の確認" })).ToBeVisibleAsync();
        await Expect(page.GetByText($"{member.MaskedName} さま")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "中断する" })).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync(page, "e2e-step1-2-confirm-registered");
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登録内容確認" })).ToBeVisibleAsync();
        await Expect(page.GetByText("登録されているメールアドレスがあります")).ToBeVisibleAsync();
        // Whichever address is on file, the page shows it masked; the mail must go to that address.
        var maskedAddress = (await page.Locator(".registered-address__value").InnerTextAsync()).Trim();
        Assert.Matches(@"^[^@*]{1,3}\*{5}@[^@*]+$", maskedAddress);
        await browser.SaveScreenshotAsync(page, "e2e-step1-3-email-registered");

        await system.PasscodeCooldowns.WaitForTurnAsync(member.Number);
        system.PasscodeCooldowns.Sending(member.Number);
        await page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスコードで認証" })).ToBeVisibleAsync();
        await Expect(page.GetByText($"{maskedAddress} にパスコードを送信しました。")).ToBeVisibleAsync();
        var challengeId = ChallengeIdOf(page);
        await browser.SaveScreenshotAsync(page, "e2e-step1-4-passcode-sent-registered");

        var mail = await PasscodeMail.WaitForAsync(system.Inbox, challengeId);
        Assert.Equal(PasscodeMail.JapaneseSubject, mail.Message.Subject);
        Assert.Equal(maskedAddress, Step1Api.MaskEmail(mail.Recipient));

        // The member clicks the link in the mail: it opens in a new tab of the same browser.
        var linked = await context.NewPageAsync();
        var linkedProblems = CollectConsoleErrors(linked);
        await linked.GotoAsync(mail.Link.AbsoluteUri);
        await Expect(linked).ToHaveURLAsync(mail.Link.AbsoluteUri);
        await Expect(linked.GetByRole(AriaRole.Heading, new() { Name = "パスコードで認証" })).ToBeVisibleAsync();
        await linked.GetByLabel("パスコード", new() { Exact = true }).FillAsync(mail.Passcode);
        await browser.SaveScreenshotAsync(linked, "e2e-step1-5-passcode-from-mail-registered");
        await linked.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();

        await AssertDoneAsync(linked, mail.Recipient);
        await browser.SaveScreenshotAsync(linked, "e2e-step1-6-done-registered");
        Assert.Empty(problems);
        Assert.Empty(linkedProblems);
    }

    [Fact]
    public async Task AMemberWithoutAnAddressRegistersANewOneTypedTwice()
    {
        // A member of its own without an address: 佐藤 花子 (seeded without one) finishes the whole journey with a new
        // address in JourneyBrowserTests, after which she has one — in whichever order the two tests run.
        var member = await RosterImport.FreshMemberAsync(system, "佐藤", "花子", registeredEmail: null);
        var address = $"hanako-{Guid.NewGuid():N}"[..19] + "@e2e.example.ac.jp";
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(member.Number);
        await SelectBirthDateAsync(page, "2006", "5", "17");
        await browser.SaveScreenshotAsync(page, "e2e-step1-1-lookup-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        await Expect(page.GetByText($"{member.MaskedName} さま")).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync(page, "e2e-step1-2-confirm-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();

        // This member is used by no other end-to-end test, so the imported state (no address) still holds.
        await Expect(page.GetByText("登録されているメールアドレスはありません")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" })).ToHaveCountAsync(0);
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(address);
        await page.GetByLabel("確認用メールアドレス", new() { Exact = true }).FillAsync(address);
        await browser.SaveScreenshotAsync(page, "e2e-step1-3-email-new");

        await system.PasscodeCooldowns.WaitForTurnAsync(member.Number);
        system.PasscodeCooldowns.Sending(member.Number);
        await page.GetByRole(AriaRole.Button, new() { Name = "登録用パスコードを送信する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスコードで認証" })).ToBeVisibleAsync();
        await Expect(page.GetByText($"{Step1Api.MaskEmail(address)} にパスコードを送信しました。")).ToBeVisibleAsync();
        var challengeId = ChallengeIdOf(page);
        await browser.SaveScreenshotAsync(page, "e2e-step1-4-passcode-sent-new");
        Assert.Empty(problems);

        var mail = await PasscodeMail.WaitForAsync(system.Inbox, challengeId);
        Assert.Equal(address, mail.Recipient);
        Assert.Equal(PasscodeMail.JapaneseSubject, mail.Message.Subject);

        // The member reads the mail on another device: the link alone is enough, nothing comes from the first browser.
        await using var mailBrowser = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var linked = await mailBrowser.NewPageAsync();
        var linkedProblems = CollectConsoleErrors(linked);
        await linked.GotoAsync(mail.Link.AbsoluteUri);
        await Expect(linked.GetByText($"{Step1Api.MaskEmail(address)} にパスコードを送信しました。")).ToBeVisibleAsync();
        await linked.GetByLabel("パスコード", new() { Exact = true }).FillAsync(mail.Passcode);
        await browser.SaveScreenshotAsync(linked, "e2e-step1-5-passcode-from-mail-new");
        await linked.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();

        await AssertDoneAsync(linked, address);
        await browser.SaveScreenshotAsync(linked, "e2e-step1-6-done-new");
        Assert.Empty(linkedProblems);
    }

    private static async Task SelectBirthDateAsync(IPage page, string year, string month, string day)
    {
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync(year);
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync(month);
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync(day);
    }

    /// <summary>The code page's address carries the challenge: <c>/step1/passcode/{challengeId}</c>.</summary>
    private static Guid ChallengeIdOf(IPage page)
    {
        var match = Regex.Match(new Uri(page.Url).AbsolutePath, "^/step1/passcode/([0-9a-fA-F-]{36})$");
        Assert.True(match.Success, $"Not the code page: {page.Url}");
        return Guid.Parse(match.Groups[1].Value);
    }

    private static async Task AssertDoneAsync(IPage page, string email)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/step1/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "STEP 1が完了しました" })).ToBeVisibleAsync();
        await Expect(page.GetByText(email, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("STEP 2") })).ToHaveAttributeAsync("href", "/step2");
    }

    /// <summary>CSP violations, failed loads and script errors show up as console errors.</summary>
    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
