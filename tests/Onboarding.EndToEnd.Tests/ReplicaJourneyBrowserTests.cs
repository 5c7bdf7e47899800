using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Issue 15 §1: the complete journey in Chromium — STEP 1, STEP 2 with an SMS, STEP 3 through the provider's pages to
/// the mypage — against two replicas of every service, the gateway and the console, each reached through Aspire's
/// proxy as a member's browser reaches a load-balanced deployment (Chromium's several connections land on either
/// gateway replica, and each gateway's calls on either replica of the service behind it). That a member's requests
/// may alternate between gateway replicas mid-step is <see cref="ReplicaTests"/>'s, request by request.
/// </summary>
[Collection(ReplicaSystemCollection.Name)]
public sealed class ReplicaJourneyBrowserTests(ReplicaSystemFixture system, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>
{
    [ReplicaFact]
    public async Task A_member_completes_the_whole_journey_in_Chromium_with_two_replicas_of_everything()
    {
        var member = await RosterImport.FreshMemberAsync(system, "高橋", "美咲", registeredEmail: null, firstDigit: '6');
        var email = $"misaki-{Guid.NewGuid():N}"[..19] + "@e2e.example.ac.jp";
        await using var completedEvents = await SystemEvents.TapAsync(system, "MemberOnboardingCompleted");
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl, []);
        var journey = new JourneyDriver(system, browser, page, JourneyLabels.Japanese, "replicas", output, scanAccessibility: false);

        await journey.OpenHomeAsync();
        var confirmed = await journey.Step1Async(member.Number, "2006", "5", "17", member.MaskedName, email);
        Assert.Equal(email, confirmed);
        await journey.Step2Async(email, "高橋", "美咲", channel: "sms");
        await journey.Step3Async(email);
        await journey.MypageCompletedAsync();
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(3);

        // Published once, although two relays of identity-portal's and wallet-link's outboxes were running.
        await completedEvents.WaitForAsync(SystemEvents.ForMemberNumber(member.Number), SystemEvents.Patience);
        Assert.Equal(1, await completedEvents.CountAsync(SystemEvents.ForMemberNumber(member.Number), TimeSpan.FromSeconds(3)));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
