using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.AppHost;
using Onboarding.AppHost.Commands;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// What the STEP 2 browser tests need besides the pages: a member of their own, added through the operators' roster
/// import (the seeded members all have other uses), STEP 1 done for that member in the browser, and the development
/// phone sink read for SMS texts and voice scripts alike.
/// </summary>
public sealed partial class Step2BrowserDriver(SystemFixture system, BrowserFixture browser)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The digit names the voice script reads (notification's PhoneCodeTemplate), 0–9.</summary>
    private static readonly string[] JapaneseDigits = ["ゼロ", "いち", "にー", "さん", "よん", "ごー", "ろく", "なな", "はち", "きゅう"];

    public sealed record FreshMember(string Number, int BirthYear, int BirthMonth, int BirthDay, string FamilyName, string GivenName, string? RegisteredEmail)
    {
        /// <summary>docs/architecture.md §6.1: the first character of family and given name, the rest <c>*</c>.</summary>
        public string MaskedName => FamilyName[..1] + new string('*', FamilyName.Length - 1) + GivenName[..1] + new string('*', GivenName.Length - 1);
    }

    /// <summary>
    /// A member nobody else knows: a random 12-digit number starting with 6 (no seeded or other test member does),
    /// imported with the dashboard's roster command as an operator would.
    /// </summary>
    public Task<FreshMember> ImportFreshMemberAsync(string familyName, string givenName, string? registeredEmail) =>
        RosterImport.FreshMemberAsync(system, familyName, givenName, registeredEmail, firstDigit: '6');

    /// <summary>
    /// STEP 1 in <paramref name="page"/> for <paramref name="member"/>: the address on file when it has one, otherwise
    /// <paramref name="newEmail"/> typed twice; the passcode from smtp4dev typed on the code page. Ends on STEP 1's done
    /// page and returns the confirmed address.
    /// </summary>
    public async Task<string> CompleteStep1Async(IPage page, FreshMember member, string? newEmail, string screenshotPrefix)
    {
        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(member.Number);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync(member.BirthYear.ToString());
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync(member.BirthMonth.ToString());
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync(member.BirthDay.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        await Expect(page.GetByText($"{member.MaskedName} さま")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登録内容確認" })).ToBeVisibleAsync();

        string email;
        await system.PasscodeCooldowns.WaitForTurnAsync(member.Number);
        if (member.RegisteredEmail is { } registered)
        {
            email = registered;
            await Expect(page.Locator(".registered-address__value")).ToHaveTextAsync(Step1Api.MaskEmail(registered));
            system.PasscodeCooldowns.Sending(member.Number);
            await page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" }).ClickAsync();
        }
        else
        {
            email = newEmail ?? throw new ArgumentNullException(nameof(newEmail), "A member without an address needs a new one.");
            await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(email);
            await page.GetByLabel("確認用メールアドレス", new() { Exact = true }).FillAsync(email);
            system.PasscodeCooldowns.Sending(member.Number);
            await page.GetByRole(AriaRole.Button, new() { Name = "登録用パスコードを送信する" }).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "パスコードで認証" })).ToBeVisibleAsync();
        var match = Regex.Match(new Uri(page.Url).AbsolutePath, "^/step1/passcode/([0-9a-fA-F-]{36})$");
        Assert.True(match.Success, $"Not the STEP 1 code page: {page.Url}");
        var mail = await PasscodeMail.WaitForAsync(system.Inbox, Guid.Parse(match.Groups[1].Value));
        Assert.Equal(email, mail.Recipient);
        await page.GetByLabel("パスコード", new() { Exact = true }).FillAsync(mail.Passcode);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step1/done$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "STEP 1が完了しました" })).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync(page, $"{screenshotPrefix}-0-step1-done");
        return email;
    }

    /// <summary>
    /// Clicks 確認コードを送信 until the portal takes the sign-up. identity-portal learns of the STEP 1 confirmation from
    /// the <c>MemberEmailConfirmed</c> event, a moment after membership answered; a browser that is quicker than that
    /// is shown 「STEP 1 …」 guidance (<c>#to-step1</c>), and a member would press the button again. Returns how many
    /// extra presses it took.
    /// </summary>
    public static async Task<int> SendEmailCodeOnceStep1ArrivedAsync(IPage page, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var signupCode = new Regex("/step2/code$");
        for (var retries = 0; ; retries++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            if (signupCode.IsMatch(new Uri(page.Url).AbsolutePath)) return retries;

            // Only "STEP 1 not completed (yet)" is worth another press; anything else is a failure, shown as is.
            var notYet = await page.Locator("#to-step1").CountAsync() > 0;
            Assert.True(notYet && DateTime.UtcNow < deadline,
                $"確認コードを送信 did not lead to /step2/code (at {page.Url}): {await page.Locator("main").InnerTextAsync()}");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Every message the development phone sink holds for <paramref name="e164"/>, newest first.</summary>
    public async Task<Step2Api.PhoneMessage[]> PhoneMessagesToAsync(string e164)
    {
        using var notification = system.App.CreateHttpClient(ResourceNames.Notification, ResourceNames.HttpEndpoint);
        var path = $"/dev/phone-messages?to={Uri.EscapeDataString(e164)}&limit=20";
        using var response = await notification.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} on notification: {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<Step2Api.PhoneMessage[]>(text, Step1Api.Json)!;
    }

    /// <summary>
    /// Waits for the first message to <paramref name="e164"/> and reads its code: the 「確認コード: 123456」 line of an
    /// SMS, or the digits a voice script spells out (いち、にー、…), which it must read twice, the same both times.
    /// </summary>
    public async Task<Step2Api.PhoneMessage> WaitForPhoneMessageAsync(string e164, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var messages = await PhoneMessagesToAsync(e164);
            if (messages.Length > 0)
            {
                var message = messages[0];
                return message with { Code = message.Channel == "voice" ? CodeOfVoiceScript(message.Text) : CodeOfSms(message.Text) };
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No phone message to {e164} reached the development sink within {timeout ?? DefaultTimeout}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public static string CodeOfSms(string text)
    {
        var code = SmsCodeLine().Match(text);
        Assert.True(code.Success, $"No 「確認コード: 123456」 in the SMS: {text}");
        return code.Groups[1].Value;
    }

    /// <summary>「確認コードは、いち、にー、さん、よん、ごー、ろく、です。」 twice → <c>123456</c>.</summary>
    public static string CodeOfVoiceScript(string script)
    {
        var readings = VoiceCodeSentence().Matches(script);
        Assert.True(readings.Count == 2, $"The voice script should read the code twice, found {readings.Count} readings: {script}");
        var codes = readings.Select(reading =>
        {
            var names = reading.Groups[1].Value.Split('、');
            var digits = names.Select(name => Array.IndexOf(JapaneseDigits, name)).ToArray();
            Assert.True(names.Length == 6 && digits.All(d => d >= 0), $"Not six spelled digits: 「{reading.Groups[1].Value}」 in {script}");
            return string.Concat(digits);
        }).ToArray();
        Assert.Equal(codes[0], codes[1]);
        // Spelled for text-to-speech: the code never appears as a number a voice would read as "one hundred twenty-three thousand…".
        Assert.DoesNotContain(codes[0], script);
        return codes[0];
    }

    /// <summary>A fixed line in Tokyo nobody else uses in this run: 03-5, then 7 random digits.</summary>
    public static (string Typed, string E164, string Masked) UniqueTokyoLandline()
    {
        var rest = Random.Shared.Next(0, 10_000_000).ToString("D7");
        return ($"03-5{rest[..3]}-{rest[3..]}", $"+8135{rest}", $"03-****-{rest[3..]}");
    }

    /// <summary>CSP violations, failed loads and script errors show up as console errors.</summary>
    public static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    [GeneratedRegex(@"確認コード:\s*(\d{6})\b")]
    private static partial Regex SmsCodeLine();

    [GeneratedRegex(@"確認コードは、(.+?)、です。")]
    private static partial Regex VoiceCodeSentence();
}
