using Microsoft.Playwright;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;

namespace Onboarding.Gateway.Tests;

/// <summary>The landing page in a real Chromium, with screenshots under <c>TestResults/screenshots</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LandingPageBrowserTests(BrowserFixture browser, KestrelGatewayFactory gateway) : IClassFixture<KestrelGatewayFactory>
{
    [Fact]
    public async Task Japanese_landing_page()
    {
        await using var context = await browser.NewContextAsync(gateway.BaseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);

        await page.GotoAsync("/");

        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "STEP 1から登録を始める" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "登録の進み具合" }).GetByText("メールアドレスの確認")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2027年1月1日（金）")).ToBeVisibleAsync();
        await AssertStylesheetApplied(page);
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px \"Noto Sans CJK JP\"', '登録')"), "No Japanese font available to the page.");
        await browser.SaveScreenshotAsync(page, "landing-ja");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "landing-ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task English_landing_page_through_the_switch()
    {
        // The browser asks for Japanese; the member's choice must win and be remembered.
        await using var context = await browser.NewContextAsync(gateway.BaseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = CollectConsoleErrors(page);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Start with STEP 1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Registration progress" }).GetByText("Confirm your email address")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Friday, January 1, 2027")).ToBeVisibleAsync();
        await AssertStylesheetApplied(page);
        await browser.SaveScreenshotAsync(page, "landing-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "landing-en");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Narrow_windows_need_no_sideways_scrolling()
    {
        (int width, string screenshot)[] rows =
        [
            (375, "landing-ja-phone"), // a phone
            (640, "landing-ja-zoom200"), // a 1280-pixel window at 200% zoom
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (width, screenshot) = row;
            await using var context = await browser.NewContextAsync(gateway.BaseAddress, locale: "ja-JP", width: width, height: 800);
            var page = await context.NewPageAsync();

            await page.GotoAsync("/");

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.Equal(0, overflow);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "STEP 1から登録を始める" })).ToBeVisibleAsync();
            await browser.SaveScreenshotAsync(page, screenshot);
            await AccessibilityScan.AssertNoSeriousViolationsAsync(page, screenshot);
        });
    }

    [Fact]
    public async Task Not_found_page_in_English()
    {
        await using var context = await browser.NewContextAsync(gateway.BaseAddress, locale: "en-US");
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync(page, "not-found-en");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "not-found-en");
    }

    [Fact]
    public async Task Keyboard_focus_is_visible()
    {
        await using var context = await browser.NewContextAsync(gateway.BaseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "本文へ移動" });
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToBeInViewportAsync();
        var outline = await skipLink.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);
        await browser.SaveScreenshotAsync(page, "focus-skip-link");
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, "focus-skip-link");
    }

    /// <summary>CSP violations and failed loads show up as console errors.</summary>
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

    private static async Task AssertStylesheetApplied(IPage page)
    {
        var headerColour = await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(10, 92, 54)", headerColour);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
