using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The co-op to contact in a real Chromium with the Development directory: the list page from the help text's link,
/// by keyboard, and the member's own co-op once STEP 1 has identified them. Screenshots coops-*; axe must find nothing
/// at all on these pages (not only nothing serious).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoopContactBrowserTests : IClassFixture<JourneyBrowserGateway>
{
    private readonly BrowserFixture _browser;
    private readonly Uri _baseAddress;

    public CoopContactBrowserTests(BrowserFixture browser, JourneyBrowserGateway gateway)
    {
        _browser = browser;
        gateway.Membership.Reset();
        _baseAddress = gateway.Gateway.BaseAddress;
    }

    [Fact]
    public async Task Japanese_list_page_by_keyboard_then_the_members_own_coop_after_the_lookup()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        // Before anyone is identified, the help text links to the list.
        await page.GotoAsync("/");
        var footer = page.GetByRole(AriaRole.Contentinfo);
        await Expect(footer).ToContainTextAsync("生協までお問い合わせください。");
        await Expect(footer.GetByRole(AriaRole.Region)).ToHaveCountAsync(0);
        var listLink = footer.GetByRole(AriaRole.Link, new() { Name = "各生協の連絡先" });
        await listLink.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/coops$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "生協の連絡先", Level = 1 })).ToBeVisibleAsync();
        var tokai = page.GetByRole(AriaRole.Region, new() { Name = "東海大学生活協同組合" });
        await Expect(tokai.GetByRole(AriaRole.Link, new() { Name = "0463-00-1201" })).ToHaveAttributeAsync("href", "tel:0463001201");
        await Expect(tokai.GetByRole(AriaRole.Link, new() { Name = "help@tokai.univcoop.example" })).ToHaveAttributeAsync("href", "mailto:help@tokai.univcoop.example");
        await Expect(tokai).ToContainTextAsync("平日 10:00〜17:00（土日祝日・年末年始を除く）");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "名古屋大学消費生活協同組合" })).ToContainTextAsync("052-000-1204");
        await Expect(page.GetByText("ご所属の生協", new() { Exact = true })).ToHaveCountAsync(0);
        // Every contact link is reached with Tab alone.
        Assert.True(await TabsToAsync(page, "tel:0463001201"), "Tab never reached the first co-op's phone link.");
        await _browser.SaveScreenshotAsync(page, "coops-list-ja");
        await AssertNoAxeViolationsAsync(page, "coops-list-ja");

        await LookUpAsync(page, FakeMembership.Member1, "2004", "4", "1");
        await Expect(page).ToHaveURLAsync(new Regex("/step1/confirm$"));
        await Expect(page.GetByText("岡*太* さま")).ToBeVisibleAsync();
        var own = footer.GetByRole(AriaRole.Region, new() { Name = "お問い合わせ先" });
        await Expect(own).ToContainTextAsync("ご所属の東海大学生活協同組合までお問い合わせください。");
        await Expect(own.GetByRole(AriaRole.Link, new() { Name = "0463-00-1201" })).ToBeVisibleAsync();
        await Expect(own).ToContainTextAsync("平日 10:00〜17:00");
        await Expect(own.GetByRole(AriaRole.Link, new() { Name = "help@tokai.univcoop.example" })).ToBeVisibleAsync();
        await Expect(own).Not.ToContainTextAsync("東京大学");
        await _browser.SaveScreenshotAsync(page, "coops-own-after-lookup-ja");
        await AssertNoAxeViolationsAsync(page, "coops-own-after-lookup-ja");

        // The list now marks the member's co-op.
        await own.GetByRole(AriaRole.Link, new() { Name = "ほかの生協の連絡先" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "東海大学生活協同組合 ご所属の生協", Level = 2 })).ToBeVisibleAsync();
        await _browser.SaveScreenshotAsync(page, "coops-list-own-ja");
        await AssertNoAxeViolationsAsync(page, "coops-list-own-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task English_list_page_and_own_coop_on_a_phone_sized_window()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "en-US", width: 375, height: 800);
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/coops");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Co-op contact details", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "University of Tokyo Co-op" }))
            .ToContainTextAsync("Weekdays 9:30–18:00, Saturdays 10:00–15:00 (closed on Sundays and public holidays)");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await _browser.SaveScreenshotAsync(page, "coops-list-en-phone");
        await AssertNoAxeViolationsAsync(page, "coops-list-en-phone");

        await page.GotoAsync("/step1");
        await page.GetByLabel("Co-op member number", new() { Exact = true }).FillAsync(FakeMembership.Member2);
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync("2005");
        await page.GetByLabel("Month", new() { Exact = true }).SelectOptionAsync("12");
        await page.GetByLabel("Day", new() { Exact = true }).SelectOptionAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my details" }).ClickAsync();

        var own = page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Region, new() { Name = "Who to contact" });
        await Expect(own).ToContainTextAsync("please contact your co-op, University of Tokyo Co-op.");
        await Expect(own.GetByRole(AriaRole.Link, new() { Name = "03-0000-1202" })).ToHaveAttributeAsync("href", "tel:0300001202");
        await Expect(own).ToContainTextAsync("Opening hours");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await _browser.SaveScreenshotAsync(page, "coops-own-after-lookup-en-phone");
        await AssertNoAxeViolationsAsync(page, "coops-own-after-lookup-en-phone");
        Assert.Empty(problems);
    }

    private static async Task LookUpAsync(IPage page, string memberNumber, string year, string month, string day)
    {
        await page.GotoAsync("/step1");
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(memberNumber);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync(year);
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync(month);
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync(day);
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
    }

    /// <summary>Presses Tab from the top of the page until the focused element links to <paramref name="href"/>.</summary>
    private static async Task<bool> TabsToAsync(IPage page, string href)
    {
        await page.Locator("body").FocusAsync();
        for (var press = 0; press < 40; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("document.activeElement?.getAttribute('href')") == href)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Stricter than <see cref="AccessibilityScan"/> (which it also records): no violation of any impact.</summary>
    private static async Task AssertNoAxeViolationsAsync(IPage page, string name)
    {
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, name);
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            $"axe on {name}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}")));
    }

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
