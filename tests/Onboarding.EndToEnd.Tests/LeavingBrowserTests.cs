using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The wallet from the mypage and leaving (issue 13 §4, §5) in Chromium against the whole system. Unlink: the
/// confirmation page, the mypage showing 未連携 with 「PokePay 認証へ進む」, <c>WalletUnlinked</c> on the broker, then
/// the relink through the provider bringing 登録完了 back with <c>WalletLinked</c>. Leaving: the consequences page, the
/// final button, 「アカウントを削除しました」, <c>PortalAccountDeleted</c> and the notice in the mail inbox; afterwards the
/// address signs in like an unknown one (the same words, no mail). Each member is new, STEPs 1 and 2 done by API, the
/// wallet linked in the browser. Every new page is scanned with axe-core. Screens: <c>journey-unlink-*</c>,
/// <c>journey-leave-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LeavingBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string UnlinkLink = "PokePayとの連携を解除する";
    private const string UnlinkButton = "連携を解除する";
    private const string LeaveLink = "マイポータルのアカウントを削除する（退会）";
    private const string LeaveButton = "アカウントを削除する";
    private const string DeletedNoticeSubject = "【大学生協】マイポータル アカウント削除のお知らせ";
    private const string WrongCredentials = "メールアドレスまたはパスワードが正しくありません。";

    private readonly Step3Api _step3 = new(system);
    private readonly JourneyLabels _t = JourneyLabels.Japanese;

    [Fact]
    public async Task A_member_unlinks_the_wallet_from_the_mypage_sees_it_unlinked_and_links_it_again()
    {
        var (email, memberId) = await MemberWithAccountAsync("unlink", "森", "陽菜");
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "unlink", output, scanAccessibility: true);
        await SignInAndLinkAsync(journey, page, email);

        await using (var unlinkedEvents = await SystemEvents.TapAsync(system, "WalletUnlinked"))
        {
            await page.GetByRole(AriaRole.Link, new() { Name = UnlinkLink, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/unlink$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PokePayとの連携の解除", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("#unlink-consequences")).ToContainTextAsync("残高とポイントはPokePayに残ります");
            await journey.ShotAsync("unlink-confirmation");
            await page.GetByRole(AriaRole.Button, new() { Name = UnlinkButton, Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage$"));
            await Expect(page.Locator("#unlink-outcome")).ToContainTextAsync("PokePayとの連携を解除しました。");
            await Expect(page.Locator("#link-state")).ToHaveTextAsync("未連携");
            await Expect(page.Locator("#not-linked")).ToContainTextAsync("もう一度連携してください");
            await Expect(page.Locator("#completed")).ToHaveCountAsync(0);
            await journey.ShotAsync("mypage-unlinked");
            var unlinked = await unlinkedEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
            Assert.Equal("pokepay", unlinked.GetProperty("provider").GetString());
        }

        // membership clears STEP 3 but keeps the completion.
        var progress = await WaitForProgressAsync(memberId, p => !p.GetProperty("step3").GetProperty("done").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.String, progress.GetProperty("completedAt").ValueKind);
        await page.ReloadAsync();
        await Expect(page.Locator("#link-state")).ToHaveTextAsync("未連携");
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(2);

        await using (var linkedEvents = await SystemEvents.TapAsync(system, "WalletLinked"))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = _t.ToProvider, Exact = true }).ClickAsync();
            await journey.AtTheProviderAsync(email, allow: true);
            await journey.MypageCompletedAsync();
            await linkedEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
        }
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(3);

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_member_deletes_the_account_the_event_and_the_notice_follow_and_the_address_then_signs_in_like_an_unknown_one()
    {
        var (email, memberId) = await MemberWithAccountAsync("leave", "石川", "蓮");
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);
        var journey = new JourneyDriver(system, browser, page, _t, "leave", output, scanAccessibility: true);
        await SignInAndLinkAsync(journey, page, email);

        await using var deletedEvents = await SystemEvents.TapAsync(system, "PortalAccountDeleted");
        await using var unlinkedEvents = await SystemEvents.TapAsync(system, "WalletUnlinked");
        await page.GetByRole(AriaRole.Link, new() { Name = LeaveLink, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/mypage/leave$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "マイポータルのアカウントの削除", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#leave-consequences")).ToContainTextAsync("STEP 2「マイポータルへの登録」からやり直して");
        await journey.ShotAsync("leave-confirmation");
        var seen = await _step3.MailIdsToAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = LeaveButton, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step3/left$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "アカウントを削除しました", Level = 1 })).ToBeVisibleAsync();
        await journey.ShotAsync("account-deleted");
        // Signed out: the header's サインアウト is gone, and the mypage asks for a sign-in.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "サインアウト" })).ToHaveCountAsync(0);

        var deleted = await deletedEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
        Assert.Equal(["accountId", "deletedAt", "memberId"], deleted.EnumerateObject().Select(p => p.Name).Order().ToArray());
        await unlinkedEvents.WaitForAsync(SystemEvents.ForMember(memberId), SystemEvents.Patience);
        var notice = await _step3.WaitForMailAsync(email, seen, DeletedNoticeSubject);
        Assert.Contains("生協の組合員としての登録はそのまま残ります", notice);

        // membership: STEP 2 and 3 no longer done, the completion kept.
        var progress = await WaitForProgressAsync(memberId, p => !p.GetProperty("step2").GetProperty("done").GetBoolean());
        Assert.False(progress.GetProperty("step3").GetProperty("done").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.String, progress.GetProperty("completedAt").ValueKind);

        // A second sign-in: the password gets an unknown address's words; the code sign-in sends no mail.
        await page.GotoAsync("/step3/mypage");
        await Expect(page).ToHaveURLAsync(new Regex("/step3$"));
        await page.GotoAsync("/step3/password");
        await page.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(JourneyDriver.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await Expect(page.Locator("#password-error")).ToContainTextAsync(WrongCredentials);
        var beforeCode = await _step3.MailIdsToAsync(email);
        await page.GotoAsync("/step3");
        await page.GetByLabel(_t.Step3Email, new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = _t.SendCode }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(await system.Inbox.ListMessagesToAsync(email), m => !beforeCode.Contains(m.Id) && m.Subject == Step3Api.SignInSubject);

        Assert.True(journey.AccessibilityViolations.Count == 0, string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>A new member with STEPs 1 and 2 done by API; the member id read from an API sign-in's tokens.</summary>
    private async Task<(string Email, Guid MemberId)> MemberWithAccountAsync(string prefix, string familyName, string givenName)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}"[..18] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, familyName, givenName, registeredEmail: email);
        await _step3.CompleteSteps1And2Async(member, email);
        var seen = await _step3.MailIdsToAsync(email);
        var started = await _step3.StartSignInAsync(email);
        var tokens = await _step3.VerifySignInAsync(started.SignInId, await _step3.WaitForSignInCodeAsync(email, seen));
        return (email, tokens.MemberId);
    }

    /// <summary>Password sign-in, 続行, the provider's consent, and the mypage with 登録完了.</summary>
    private static async Task SignInAndLinkAsync(JourneyDriver journey, IPage page, string email)
    {
        await page.GotoAsync("/step3/password");
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(JourneyDriver.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/verified\\?via=password$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "続行", Exact = true }).ClickAsync();
        await journey.AtTheProviderAsync(email, allow: true);
        await journey.MypageCompletedAsync();
    }

    private async Task<System.Text.Json.JsonElement> WaitForProgressAsync(Guid memberId, Func<System.Text.Json.JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow + SystemEvents.Patience;
        while (true)
        {
            var progress = await _step3.GetProgressAsync(memberId);
            if (condition(progress)) return progress;
            Assert.True(DateTime.UtcNow < deadline, $"membership's progress never changed: {progress}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

}
