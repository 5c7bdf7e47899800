using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The co-op to contact against the running system: the list page of the gateway's Development directory, then a STEP
/// 1 lookup of a seeded member, after which the help text names that member's own co-op — the roster's <c>coop</c>
/// carried by membership's real lookup answer. Only 岡田 太郎 is looked up (nothing changes for him).
/// Screenshots e2e-coops-*.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CoopContactBrowserTests(SystemFixture system, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheListPageThenTheSeededMembersOwnCoopAfterTheLookup()
    {
        var member = SeededMembers.Okada;
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "各生協の連絡先" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/coops$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "生協の連絡先", Level = 1 })).ToBeVisibleAsync();
        // Every seeded member's co-op is listed (DevelopmentMembers: 東海, 東京, 京都, 名古屋).
        foreach (var name in new[] { "東海大学生活協同組合", "東京大学消費生活協同組合", "京都大学生活協同組合", "名古屋大学消費生活協同組合" })
        {
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = name })).ToBeVisibleAsync();
        }
        await browser.SaveScreenshotAsync(page, "e2e-coops-list");
        await AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(member.Number);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync("2004");
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync("4");
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/step1/confirm$"));
        await Expect(page.GetByText($"{member.MaskedName} さま")).ToBeVisibleAsync();
        var own = page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Region, new() { Name = "お問い合わせ先" });
        await Expect(own).ToContainTextAsync("ご所属の東海大学生活協同組合までお問い合わせください。");
        await Expect(own.GetByRole(AriaRole.Link, new() { Name = "0463-00-1201" })).ToHaveAttributeAsync("href", "tel:0463001201");
        await Expect(own.GetByRole(AriaRole.Link, new() { Name = "help@tokai.univcoop.example" })).ToBeVisibleAsync();
        await Expect(own).ToContainTextAsync("平日 10:00〜17:00");
        await browser.SaveScreenshotAsync(page, "e2e-coops-own-after-lookup");
        await AssertNoAxeViolationsAsync(page);
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {page.Url}");
        Assert.True(result.Violations.Length == 0,
            $"axe on {page.Url}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}")));
    }
}
