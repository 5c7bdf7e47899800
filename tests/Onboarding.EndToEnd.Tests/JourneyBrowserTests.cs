using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The complete journey in Chromium against the whole system (issue 6): from the home page through STEP 1, STEP 2 and
/// STEP 3 to the e-money mypage with a balance and 「登録完了」, clicking the labels by their text, every code read
/// where a member would find it (smtp4dev; the SMS/voice sink), <c>MemberOnboardingCompleted</c> observed on RabbitMQ.
/// Every page is saved as <c>journey-&lt;who&gt;-NN-&lt;page&gt;.png</c> and scanned with axe-core: no serious or
/// critical violation on the co-op's pages.
/// <para>
/// Seeded members: 岡田 太郎 (123456789012) with his registered address, 佐藤 花子 (987654321098) with a new address.
/// Step1BrowserTests/Step1ApiTests also take 岡田 through STEP 1 (repeatable, his address unchanged) in any order; no
/// other test does STEP 2 with either of them, or changes 佐藤's address.
/// </para>
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class JourneyBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Okada_completes_the_whole_journey_with_his_registered_address()
    {
        var member = SeededMembers.Okada;
        await RunJourneyAsync(JourneyLabels.Japanese, "okada", member.Number, "１２３４５６７８９０１２", ("2004", "4", "1"), member.MaskedName,
            newEmail: null, "岡田", "太郎", channel: "sms");
    }

    [Fact]
    public async Task Sato_completes_the_whole_journey_with_a_new_address_and_a_voice_call()
    {
        var member = SeededMembers.Sato;
        var email = $"hanako-{Guid.NewGuid():N}"[..19] + "@e2e.example.ac.jp";
        await RunJourneyAsync(JourneyLabels.Japanese, "sato", member.Number, member.Number, ("2005", "12", "24"), member.MaskedName,
            newEmail: email, "佐藤", "花子", channel: "voice");
    }

    /// <summary>In English (the language switch on the home page), for a member of its own with a new address.</summary>
    [Fact]
    public async Task A_member_completes_the_whole_journey_in_English()
    {
        var member = await RosterImport.FreshMemberAsync(system, "森田", "健太", registeredEmail: null);
        var email = $"ken-{Guid.NewGuid():N}"[..16] + "@e2e.example.ac.jp";
        await RunJourneyAsync(JourneyLabels.English, "english", member.Number, member.Number, ("2006", "5", "17"), member.MaskedName,
            newEmail: email, "Mori", "Ken", channel: "sms");
    }

    private async Task RunJourneyAsync(
        JourneyLabels t, string name, string memberNumber, string typedNumber, (string Year, string Month, string Day) birth, string maskedName,
        string? newEmail, string familyName, string givenName, string channel)
    {
        await using var completedEvents = await SystemEvents.TapAsync(system, "MemberOnboardingCompleted");
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var providerProblems = new List<string>();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl, providerProblems);
        var journey = new JourneyDriver(system, browser, page, t, name, output, scanAccessibility: true);

        await journey.OpenHomeAsync();
        var email = await journey.Step1Async(typedNumber, birth.Year, birth.Month, birth.Day, maskedName, newEmail);
        if (newEmail is not null) Assert.Equal(newEmail, email);
        await journey.Step2Async(email, familyName, givenName, channel);
        await journey.Step3Async(email);
        await journey.MypageCompletedAsync();
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(3);
        if (t == JourneyLabels.English)
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^en"));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "日本語" })).ToBeVisibleAsync();
        }

        var completed = await completedEvents.WaitForAsync(SystemEvents.ForMemberNumber(memberNumber), SystemEvents.Patience);
        output.WriteLine($"MemberOnboardingCompleted: {completed}");
        Assert.Equal(1, await completedEvents.CountAsync(SystemEvents.ForMemberNumber(memberNumber), TimeSpan.FromSeconds(3)));

        output.WriteLine($"Screenshots ({journey.Screenshots.Count}): {string.Join(", ", journey.Screenshots.Select(Path.GetFileName))}");
        output.WriteLine($"axe-core scanned {journey.PagesScanned} pages; lesser findings: {(journey.LesserAccessibilityFindings.Count == 0 ? "none" : string.Join("; ", journey.LesserAccessibilityFindings))}");
        Assert.True(journey.PagesScanned >= journey.Screenshots.Count - 1, $"Only {journey.PagesScanned} of {journey.Screenshots.Count} pages were scanned.");
        foreach (var problem in providerProblems) output.WriteLine($"Provider page (not ours): {problem}");
        foreach (var finding in journey.ProviderAccessibilityViolations) output.WriteLine($"Provider page (not ours): {finding}");
        Assert.True(journey.AccessibilityViolations.Count == 0,
            "Serious/critical accessibility violations:" + Environment.NewLine + string.Join(Environment.NewLine, journey.AccessibilityViolations));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
