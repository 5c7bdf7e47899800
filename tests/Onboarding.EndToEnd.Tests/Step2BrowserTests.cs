using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 2 as a member does it, in a real Chromium against the gateway of the running system, by the notice's labels
/// (今すぐサインアップ → 確認コードを送信 → コードの確認 → password twice and name → コードの送信 or 電話する → the phone
/// code), right after STEP 1 in the same browser. Each test has a member of its own, imported through the operators'
/// roster command, a unique address and a unique number; the e-mail code is read from smtp4dev, the phone code from
/// the notification service's development phone sink. Screens are saved under <c>TestResults/screenshots</c>
/// (e2e-step2-sms-*, e2e-step2-voice-*).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Step2BrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Password = "Koala-Sunrise-2026";

    private readonly Step2BrowserDriver _driver = new(system, browser);
    private readonly Step2Api _step2 = new(system);

    /// <summary>A member whose roster row carries an address: STEP 1 confirms it, STEP 2 signs up with it, the phone by SMS.</summary>
    [Fact]
    public async Task A_member_signs_up_with_the_step1_address_and_verifies_a_mobile_by_SMS()
    {
        var email = $"kenta-{Guid.NewGuid():N}"[..20] + "@e2e.example.ac.jp";
        var member = await _driver.ImportFreshMemberAsync("山本", "健太", registeredEmail: email);
        var (typed, e164) = Step2Api.UniqueMobileNumber();
        var masked = $"090-****-{e164[^4..]}";

        await SignUpThroughTheUiAsync(member, newEmail: null, expectedEmail: email, typed, "sms", "e2e-step2-sms", masked);

        var messages = await _driver.PhoneMessagesToAsync(e164);
        var sms = Assert.Single(messages);
        Assert.Equal("sms", sms.Channel);
        Assert.Equal(e164, sms.To);
        Assert.StartsWith("【大学生協】確認コード: ", sms.Text);
    }

    /// <summary>A member with no address on file: a new one in STEP 1, then STEP 2 with the phone code read out in a voice call to a fixed line.</summary>
    [Fact]
    public async Task A_member_signs_up_with_a_new_step1_address_and_verifies_a_fixed_line_by_voice_call()
    {
        var email = $"yui-{Guid.NewGuid():N}"[..18] + "@e2e.example.jp";
        var member = await _driver.ImportFreshMemberAsync("中村", "結衣", registeredEmail: null);
        var (typed, e164, masked) = Step2BrowserDriver.UniqueTokyoLandline();

        await SignUpThroughTheUiAsync(member, newEmail: email, expectedEmail: email, typed, "voice", "e2e-step2-voice", masked);

        var messages = await _driver.PhoneMessagesToAsync(e164);
        var call = Assert.Single(messages);
        Assert.Equal("voice", call.Channel);
        Assert.Equal(e164, call.To);
        Assert.StartsWith("こちらは大学生協です。", call.Text);
        Assert.Contains("もう一度繰り返します。", call.Text);
    }

    private async Task SignUpThroughTheUiAsync(
        Step2BrowserDriver.FreshMember member, string? newEmail, string expectedEmail,
        string typedPhone, string channel, string shots, string maskedPhone)
    {
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = Step2BrowserDriver.CollectConsoleErrors(page);

        var confirmed = await _driver.CompleteStep1Async(page, member, newEmail, shots);
        Assert.Equal(expectedEmail, confirmed);

        // STEP 1's done page leads to STEP 2, which knows the address confirmed in this browser.
        await page.GetByRole(AriaRole.Link, new() { Name = "STEP 2 マイポータルへの登録へ進む" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "マイポータルへの登録", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#confirmed-email")).ToHaveTextAsync(expectedEmail);
        await browser.SaveScreenshotAsync(page, $"{shots}-1-start");
        await page.GetByRole(AriaRole.Link, new() { Name = "今すぐサインアップ" }).ClickAsync();

        // Sign-up: the STEP 1 address, shown and fixed (no field to type another).
        await Expect(page).ToHaveURLAsync(new Regex("/step2/signup$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "サインアップ" })).ToBeVisibleAsync();
        await Expect(page.Locator("dd#email")).ToHaveTextAsync(expectedEmail);
        await Expect(page.Locator("input#email")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Expect(page.Locator("#email-fixed")).ToHaveTextAsync("STEP 2ではメールアドレスを変更できません。別のアドレスを使う場合は、先にSTEP 1でそのアドレスを確認してください。");
        await browser.SaveScreenshotAsync(page, $"{shots}-2-signup");
        var extraPresses = await Step2BrowserDriver.SendEmailCodeOnceStep1ArrivedAsync(page);
        if (extraPresses > 0) output.WriteLine($"確認コードを送信 pressed {extraPresses} more time(s) while the portal learned of STEP 1.");

        // The e-mail code, from the sign-up mail in smtp4dev.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "確認コードの入力" })).ToBeVisibleAsync();
        await Expect(page.Locator(".sent-to")).ToHaveTextAsync($"{expectedEmail} に確認コードを送信しました。");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "確認コードを再送信" })).ToBeDisabledAsync();
        var emailCode = await _step2.WaitForEmailCodeAsync(expectedEmail);
        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(emailCode);
        await browser.SaveScreenshotAsync(page, $"{shots}-3-email-code");
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/verified$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "メールアドレスの確認が完了しました" })).ToBeVisibleAsync();
        await Expect(page.Locator("#verified-email")).ToHaveTextAsync(expectedEmail);
        await Expect(page.Locator("#next-steps")).ToContainTextAsync("「コードの送信」");
        await Expect(page.Locator("#next-steps")).ToContainTextAsync("「電話する」");
        await browser.SaveScreenshotAsync(page, $"{shots}-4-email-verified");
        await page.GetByRole(AriaRole.Link, new() { Name = "パスワードと名前の入力へ進む" }).ClickAsync();

        // Password twice, family and given name.
        await Expect(page).ToHaveURLAsync(new Regex("/step2/profile$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスワードと名前の入力" })).ToBeVisibleAsync();
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("パスワード（確認用）", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("姓", new() { Exact = true }).FillAsync(member.FamilyName);
        await page.GetByLabel("名", new() { Exact = true }).FillAsync(member.GivenName);
        await browser.SaveScreenshotAsync(page, $"{shots}-5-profile");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ（電話番号の入力）" }).ClickAsync();

        // The number, then コードの送信 (SMS) or 電話する (voice call).
        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "電話番号の確認（SMS・音声電話）" })).ToBeVisibleAsync();
        await page.GetByLabel("電話番号", new() { Exact = true }).FillAsync(typedPhone);
        await browser.SaveScreenshotAsync(page, $"{shots}-6-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = channel == "voice" ? "電話する" : "コードの送信", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step2/phone/code$"));
        await Expect(page.Locator("#sent-to")).ToHaveTextAsync(channel == "voice"
            ? $"{maskedPhone} に電話をかけて確認コードをお知らせしました。"
            : $"{maskedPhone} にSMSで確認コードを送信しました。");
        var phoneMessage = await _driver.WaitForPhoneMessageAsync(E164Of(typedPhone));
        Assert.Equal(channel, phoneMessage.Channel);
        await page.GetByLabel("確認コード", new() { Exact = true }).FillAsync(phoneMessage.Code!);
        await browser.SaveScreenshotAsync(page, $"{shots}-7-phone-code");
        await page.GetByRole(AriaRole.Button, new() { Name = "コードの確認" }).ClickAsync();

        // Done: the account exists, and the journey points on to STEP 3.
        await Expect(page).ToHaveURLAsync(new Regex("/step2/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "STEP 2 マイポータルへの登録が完了しました" })).ToBeVisibleAsync();
        await Expect(page.GetByText("マイポータルのアカウントを登録しました。ログインには確認したメールアドレスと、設定したパスワードを使います。")).ToBeVisibleAsync();
        await Expect(page.Locator("#done-email")).ToHaveTextAsync(expectedEmail);
        await Expect(page.GetByText("続いてSTEP 3でPokePay（電子マネー機能）の認証を行います。")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "STEP 3 PokePay認証へ進む" })).ToHaveAttributeAsync("href", "/step3");
        await browser.SaveScreenshotAsync(page, $"{shots}-8-done");

        // The portal refuses a second sign-up with the same address: the account exists.
        using (var again = await _step2.PostSignupAsync(expectedEmail))
        {
            var problem = await Step1Api.ReadProblemAsync(again, System.Net.HttpStatusCode.Conflict);
            Assert.Equal("account_exists", problem.Code);
        }
        Assert.Empty(problems);
    }

    /// <summary>090-1234-5678 → +819012345678; 03-5123-4567 → +81351234567 (the forms these tests type).</summary>
    private static string E164Of(string typed) => "+81" + typed.Replace("-", "")[1..];
}
