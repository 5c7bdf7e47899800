using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// STEP 1 in a real Chromium, clicking what the member sees by its visible text (the labels of the printed notice),
/// with a screenshot of every screen under <c>TestResults/screenshots</c> (step1-*).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Step1BrowserTests : IClassFixture<JourneyBrowserGateway>
{
    private readonly BrowserFixture _browser;
    private readonly FakeMembership _membership;
    private readonly Uri _baseAddress;

    public Step1BrowserTests(BrowserFixture browser, JourneyBrowserGateway gateway)
    {
        _browser = browser;
        _membership = gateway.Membership;
        _membership.Reset();
        _baseAddress = gateway.Gateway.BaseAddress;
    }

    [Fact]
    public async Task Japanese_with_the_registered_address()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "STEP 1から登録を始める" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step1$"));

        // Full-width digits with a dash, as many members type them.
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync("１２３４−５６７８−９０１２");
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync("2004");
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync("4");
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync("1");
        await Expect(page.GetByLabel("年", new() { Exact = true })).ToHaveValueAsync("2004");
        Assert.Equal("2004年（平成16年）", await page.GetByLabel("年", new() { Exact = true }).EvaluateAsync<string>("s => s.selectedOptions[0].textContent"));
        await _browser.SaveScreenshotAsync(page, "step1-1-lookup-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-1-lookup-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ご登録者の確認" })).ToBeVisibleAsync();
        await Expect(page.GetByText("岡*太* さま")).ToBeVisibleAsync();
        await Expect(page.GetByText("氏名 (一部マスキングしています)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "中断する" })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step1-2-confirm-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-2-confirm-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登録内容確認" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "メールアドレスの更新を行う" })).ToBeVisibleAsync();
        await Expect(page.GetByText("登録されているメールアドレスがあります")).ToBeVisibleAsync();
        await Expect(page.GetByText(FakeMembership.Member1MaskedEmail)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "メールアドレスの新規登録を行う" })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step1-3-email-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-3-email-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスコードで認証" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/step1/passcode/{_membership.LastMail.ChallengeId}$"));
        await Expect(page.GetByText($"{FakeMembership.Member1MaskedEmail} にパスコードを送信しました。")).ToBeVisibleAsync();
        // Just sent: the script holds the resend button until the service will take it.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "パスコードを再送信する" })).ToBeDisabledAsync();
        await _browser.SaveScreenshotAsync(page, "step1-4-passcode-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-4-passcode-ja");
        await page.GetByLabel("パスコード", new() { Exact = true }).FillAsync(_membership.LastMail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();

        await AssertDoneAsync(page, FakeMembership.Member1Email, "STEP 1が完了しました", "登録の進み具合", "マイポータルへの登録");
        await _browser.SaveScreenshotAsync(page, "step1-5-done-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-5-done-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Japanese_with_a_new_address_and_the_mail_link_opened_in_another_browser()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(FakeMembership.Member2);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync("2005");
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync("12");
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await Expect(page.GetByText("佐*花* さま")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();

        await Expect(page.GetByText("登録されているメールアドレスはありません")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" })).ToHaveCountAsync(0);
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync("hanako.sato@example.ac.jp");
        await page.GetByLabel("確認用メールアドレス", new() { Exact = true }).FillAsync("hanako.sato@example.ac.jp");
        await _browser.SaveScreenshotAsync(page, "step1-3-email-new-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-3-email-new-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録用パスコードを送信する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスコードで認証" })).ToBeVisibleAsync();
        Assert.Empty(problems);

        // The member reads the mail elsewhere and follows its link: nothing from the first browser comes along.
        var mail = _membership.LastMail;
        Assert.Equal("hanako.sato@example.ac.jp", mail.To);
        await using var mailBrowser = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var linked = await mailBrowser.NewPageAsync();
        var linkedProblems = CollectConsoleErrors(linked);
        await linked.GotoAsync($"/step1/passcode/{mail.ChallengeId}");
        await Expect(linked.GetByText("han*****@example.ac.jp にパスコードを送信しました。")).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(linked, "step1-4-passcode-from-mail-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(linked, "step1-4-passcode-from-mail-ja");
        await linked.GetByLabel("パスコード", new() { Exact = true }).FillAsync(mail.Code);
        await linked.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();

        await AssertDoneAsync(linked, "hanako.sato@example.ac.jp", "STEP 1が完了しました", "登録の進み具合", "マイポータルへの登録");
        await _browser.SaveScreenshotAsync(linked, "step1-5-done-new-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(linked, "step1-5-done-new-ja");
        Assert.Empty(linkedProblems);
    }

    [Fact]
    public async Task English_through_the_language_switch()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/step1");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new Regex("/step1$"));

        await page.GetByLabel("Co-op member number", new() { Exact = true }).FillAsync("1234 5678 9012");
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync("2004");
        await page.GetByLabel("Month", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "April" });
        await page.GetByLabel("Day", new() { Exact = true }).SelectOptionAsync("1");
        Assert.Equal("2004 (Heisei 16)", await page.GetByLabel("Year", new() { Exact = true }).EvaluateAsync<string>("s => s.selectedOptions[0].textContent"));
        await _browser.SaveScreenshotAsync(page, "step1-1-lookup-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-1-lookup-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my details" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm the registered member" })).ToBeVisibleAsync();
        await Expect(page.GetByText("岡*太*", new() { Exact = true })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step1-2-confirm-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-2-confirm-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check email address" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your registered details" })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step1-3-email-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-3-email-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send passcode to this address" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verify with a passcode" })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step1-4-passcode-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-4-passcode-en");
        await page.GetByLabel("Passcode", new() { Exact = true }).FillAsync(_membership.LastMail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify passcode" }).ClickAsync();

        await AssertDoneAsync(page, FakeMembership.Member1Email, "STEP 1 is complete", "Registration progress", "Register with My Portal");
        await _browser.SaveScreenshotAsync(page, "step1-5-done-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-5-done-en");
        Assert.All(_membership.Requests, request => Assert.Equal("en", request.AcceptLanguage));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Cancelling_returns_to_the_landing_page()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        await LookUpAsync(page, FakeMembership.Member1, "2004", "4", "1");

        await page.GetByRole(AriaRole.Button, new() { Name = "中断する" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "STEP 1から登録を始める" })).ToBeVisibleAsync();
        await page.GotoAsync("/step1/email");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "確認情報が見つかりません" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "組合員番号の入力に戻る" })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "step1-lookup-missing-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-lookup-missing-ja");
    }

    [Fact]
    public async Task Errors_appear_at_their_fields_and_in_a_focused_summary()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/step1");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "生協組合員番号を入力してください。" })).ToBeVisibleAsync();
        var number = page.GetByLabel("生協組合員番号", new() { Exact = true });
        await Expect(number).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(number).ToHaveAccessibleDescriptionAsync("半角数字で12桁でご入力ください。 エラー： 生協組合員番号を入力してください。");
        await Expect(page.GetByLabel("年", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(new Regex("エラー：\\s?生年月日を選択してください。"));
        // The message sits right above its field, not only at the top.
        var message = await page.Locator("#memberNumber-error").BoundingBoxAsync();
        var field = await number.BoundingBoxAsync();
        Assert.InRange(field!.Y - (message!.Y + message.Height), 0, 24);
        await _browser.SaveScreenshotAsync(page, "step1-error-required-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-error-required-ja");

        await summary.GetByRole(AriaRole.Link, new() { Name = "生協組合員番号を入力してください。" }).ClickAsync();
        await Expect(number).ToBeFocusedAsync();

        // A wrong birth date: what was typed stays, attempts left are said.
        await number.FillAsync("１２３４５６７８９０１２");
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync("2004");
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync("4");
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("あと4回入力できます。");
        await Expect(number).ToHaveValueAsync("１２３４５６７８９０１２");
        await Expect(page.GetByLabel("日", new() { Exact = true })).ToHaveValueAsync("2");
        await _browser.SaveScreenshotAsync(page, "step1-error-not-found-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-error-not-found-ja");

        for (var i = 0; i < 4; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        }
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("（約15分後）以降にご利用いただけます。");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        await _browser.SaveScreenshotAsync(page, "step1-error-locked-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-error-locked-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Email_and_passcode_errors_in_the_browser()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);
        await LookUpAsync(page, FakeMembership.Member1, "2004", "4", "1");
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();

        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync("new.address@example.ac.jp");
        await page.GetByLabel("確認用メールアドレス", new() { Exact = true }).FillAsync("new.adress@example.ac.jp");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録用パスコードを送信する" }).ClickAsync();
        var confirmation = page.GetByLabel("確認用メールアドレス", new() { Exact = true });
        await Expect(confirmation).ToHaveAccessibleDescriptionAsync(new Regex("エラー：\\s?確認用メールアドレスが一致しません。"));
        await Expect(confirmation).ToHaveValueAsync("new.adress@example.ac.jp");
        await _browser.SaveScreenshotAsync(page, "step1-error-email-mismatch-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-error-email-mismatch-ja");

        await confirmation.FillAsync("new.address@example.ac.jp");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録用パスコードを送信する" }).ClickAsync();
        var wrong = _membership.LastMail.Code == "000000" ? "111111" : "000000";
        await page.GetByLabel("パスコード", new() { Exact = true }).FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();
        var passcode = page.GetByLabel("パスコード", new() { Exact = true });
        await Expect(passcode).ToHaveAccessibleDescriptionAsync(new Regex("パスコードが正しくありません。あと4回入力できます。"));
        await Expect(passcode).ToHaveValueAsync("");
        await _browser.SaveScreenshotAsync(page, "step1-error-passcode-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-error-passcode-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_resend_button_opens_when_the_wait_is_over()
    {
        _membership.ResendCooldown = TimeSpan.FromSeconds(2);
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);
        await LookUpAsync(page, FakeMembership.Member1, "2004", "4", "1");
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" }).ClickAsync();
        var first = _membership.LastMail.ChallengeId;

        var resend = page.GetByRole(AriaRole.Button, new() { Name = "パスコードを再送信する" });
        await Expect(resend).ToBeDisabledAsync();
        await Expect(resend).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await resend.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新しいパスコードを送信しました。");
        Assert.NotEqual(first, _membership.LastMail.ChallengeId);
        await Expect(page).ToHaveURLAsync(new Regex($"/step1/passcode/{_membership.LastMail.ChallengeId}$"));
        await _browser.SaveScreenshotAsync(page, "step1-4-passcode-resent-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "step1-4-passcode-resent-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_form_fits_narrow_windows()
    {
        (int width, string screenshot)[] rows =
        [
            (375, "step1-1-lookup-ja-phone"),
            (640, "step1-1-lookup-ja-zoom200"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (width, screenshot) = row;
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP", width: width, height: 800);
            var page = await context.NewPageAsync();

            await page.GotoAsync("/step1");
            await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.Equal(0, overflow);
            await _browser.SaveScreenshotAsync(page, screenshot);
        });
    }

    private static async Task LookUpAsync(IPage page, string number, string year, string month, string day)
    {
        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(number);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync(year);
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync(month);
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync(day);
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ご登録者の確認" })).ToBeVisibleAsync();
    }

    private static async Task AssertDoneAsync(IPage page, string email, string title, string progressLabel, string step2Title)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/step1/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByText(email, new() { Exact = true })).ToBeVisibleAsync();
        var progress = page.GetByRole(AriaRole.Navigation, new() { Name = progressLabel });
        await Expect(progress.Locator("[aria-current=step]")).ToContainTextAsync(step2Title);
        await Expect(progress.Locator(".progress__step--done")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("STEP 2") })).ToHaveAttributeAsync("href", "/step2");
    }

    /// <summary>CSP violations, failed loads and script errors show up as console errors.</summary>
    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
