using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Onboarding.AppHost;
using Onboarding.Testing;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The help desk in Chromium against the whole system (issue 14): a member locks their number with wrong birth dates
/// at STEP 1; the seeded administrator signs in to the operator console with a TOTP code, finds the member by kana,
/// opens them with a reason, reads the lock-out in the timeline, unlocks it — after which the member's own lookup
/// works — and finds both actions, with their reasons, in the audit log. axe finds no violation on any page.
/// Screens: <c>console-helpdesk-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ConsoleHelpDeskBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string BirthDate = "2006-05-17";

    [Fact]
    public async Task Staff_find_a_locked_member_by_kana_read_the_timeline_unlock_and_see_it_audited()
    {
        // Kana of this test's own, so that the search finds this member only.
        var kana = new string(Enumerable.Range(0, 4).Select(_ => "アイウエオカキクケコサシスセソタチツテトナニヌネノ"[Random.Shared.Next(25)]).ToArray());
        var email = $"desk-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "窓口", "花子", registeredEmail: email, familyNameKana: kana, givenNameKana: "ハナコ");
        var step1 = new Step1Api(system);
        // A passcode mailed first (notification's delivery log has it), then five wrong birth dates lock the number.
        var sent = await step1.SendToRegisteredAsync(member.Number, (await step1.LookUpAsync(member.Number, BirthDate)).LookupId);
        await PasscodeMail.WaitForAsync(system.Inbox, sent.ChallengeId);
        for (var i = 0; i < 5; i++) await step1.PostLookupAsync(member.Number, "1990-01-01");
        var locked = await step1.PostLookupAsync(member.Number, BirthDate);
        Assert.Equal(429, (int)locked.StatusCode);

        var console = system.App.GetEndpoint(ResourceNames.OperatorConsole, ResourceNames.HttpEndpoint);
        await using var context = await browser.NewContextAsync(console);
        var page = await context.NewPageAsync();
        await SignInAsAdministratorAsync(page);

        await page.GotoAsync("/members");
        await page.SelectOptionAsync("#kind", "name");
        await page.FillAsync("#query", kana);
        await page.ClickAsync("#search");
        var row = page.Locator("#members-found tbody tr");
        Assert.Equal(1, await row.CountAsync());
        // Masked until opened: the last four digits and the first character of each name.
        Assert.Equal("********" + member.Number[^4..], await row.Locator("code").TextContentAsync());
        Assert.Contains("窓*花*", await row.TextContentAsync());
        await CheckAsync(page, "console-helpdesk-search-ja");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/members/*");
        Assert.DoesNotContain("窓口", await page.ContentAsync());
        await page.ClickAsync("#open-member");                     // no reason: refused
        Assert.Equal(1, await page.Locator(".error-summary a").CountAsync());
        await page.FillAsync("#reason", "電話でのお問い合わせ（照会がロックされた）");
        await page.ClickAsync("#open-member");
        Assert.Equal("窓口 花子", (await page.TextContentAsync("h1"))!.Split('(')[0].Trim());
        Assert.Contains(member.Number, await page.TextContentAsync("#member-details"));
        Assert.Contains("ロックされています", await page.TextContentAsync("#lockout-state"));
        Assert.Contains("照会のロック", await page.TextContentAsync("#timeline"));
        var timeline = await page.TextContentAsync("#timeline");
        Assert.Contains("名簿に登録", timeline);
        Assert.Contains("STEP 1 パスコードを送信", timeline);
        Assert.Contains(sent.SentTo, timeline);
        // notification's log, found by the member's address: the passcode mail, sent.
        Assert.Contains("種類: passcode / 状態: sent", timeline);
        await CheckAsync(page, "console-helpdesk-member-ja");

        await page.FillAsync("#unlock-reason", "ご本人と生年月日を確認済み");
        await page.ClickAsync("#unlock");
        await page.Locator("#action-done").WaitForAsync();
        Assert.Contains("ロックを解除しました", await page.TextContentAsync("#action-done"));
        Assert.Contains("ロックされていません", await page.TextContentAsync("#lockout-state"));
        Assert.Contains("ご本人と生年月日を確認済み", await page.TextContentAsync("#history"));
        Assert.Contains("照会のロックを窓口で解除", await page.TextContentAsync("#timeline"));
        await CheckAsync(page, "console-helpdesk-unlocked-ja");

        // The member's own lookup works again at once.
        Assert.Equal("窓*花*", (await step1.LookUpAsync(member.Number, BirthDate)).MaskedName);

        await page.GotoAsync("/audit");
        var unlocked = page.Locator("#audit-entries tbody tr", new() { HasText = "組合員番号のロック解除" });
        Assert.Contains("ご本人と生年月日を確認済み", await unlocked.First.TextContentAsync());
        var opened = page.Locator("#audit-entries tbody tr", new() { HasText = "組合員情報の表示" });
        Assert.Contains("電話でのお問い合わせ", await opened.First.TextContentAsync());
        await CheckAsync(page, "console-helpdesk-audit-ja");
    }

    /// <summary>The seeded administrator's first sign-in: the password, then the authenticator key the page shows.</summary>
    private async Task SignInAsAdministratorAsync(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", system.ConsoleAdminPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/enrol**");
        var key = (await page.TextContentAsync("#authenticator-key"))!.Replace(" ", "").ToUpperInvariant();
        await page.FillAsync("#code", Totp.Code(key));
        await page.ClickAsync("#enrol");
        await page.WaitForURLAsync(url => !url.Contains("/enrol"));
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await browser.SaveScreenshotAsync(page, name);
        var result = await page.RunAxe();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"axe [{name}] {violation.Impact} {violation.Id}: {violation.Help} — {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}");
        }
        Assert.Empty(result.Violations);
    }
}
