using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The journey as one: 続きから再開する in a fresh browser context after each step, out-of-order guidance, keyboard-only
/// use, focus on the first error, narrow and zoomed windows — with axe scans and screenshots (resume-*, journey-*).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyBrowserTests : IClassFixture<JourneyBrowserGateway>
{
    private readonly BrowserFixture _browser;
    private readonly JourneyFakes _fakes;
    private readonly Uri _baseAddress;

    public JourneyBrowserTests(BrowserFixture browser, JourneyBrowserGateway gateway)
    {
        _browser = browser;
        _fakes = gateway.Fakes;
        _fakes.Reset();
        _baseAddress = gateway.Gateway.BaseAddress;
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await _browser.SaveScreenshotAsync(page, name);
        await AccessibilityScan.AssertNoSeriousViolationsAsync(page, name);
    }

    private static async Task IdentifyAsync(IPage page, string memberNumber = FakeMembership.Member1)
    {
        await page.GetByLabel("生協組合員番号", new() { Exact = true }).FillAsync(memberNumber);
        await page.GetByLabel("年", new() { Exact = true }).SelectOptionAsync("2004");
        await page.GetByLabel("月", new() { Exact = true }).SelectOptionAsync("4");
        await page.GetByLabel("日", new() { Exact = true }).SelectOptionAsync("1");
    }

    private static (string stage, bool step1, bool step2, bool step3, string path, string heading)[] Stages =>
    [
        // name, step1, step2, step3 done before; where resume leads; a heading that says so
        ("before-step1", false, false, false, "/step1/confirm$", "ご登録者の確認"),
        ("after-step1", true, false, false, "/step2$", "マイポータルへの登録"),
        ("after-step2", true, true, false, "/step3$", "PokePayマイページにアクセス"),
        ("completed", true, true, true, "/step3$", "PokePayマイページにアクセス"),
    ];

    [Fact]
    public Task Fresh_browser_resumes_where_the_member_stands() =>
        Assert.AllAsync(Stages, async row =>
        {
            var (stage, step1, step2, step3, path, heading) = row;
            _fakes.Reset(); // each row starts afresh, as the constructor does for a test
            _fakes.Membership.SetJourney(FakeMembership.Member1, step1, step2, step3);
            await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
            var page = await context.NewPageAsync();

            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "続きから再開する" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/resume$"));
            await IdentifyAsync(page);
            if (stage == "before-step1")
            {
                await CheckAsync(page, "resume-0-form-ja");
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "続きを確認する" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(path));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            var current = page.Locator(".progress [aria-current=step]");
            await Expect(current).ToHaveCountAsync(1);
            await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync((step1 ? 1 : 0) + (step2 ? 1 : 0) + (step3 ? 1 : 0));
            if (step3)
            {
                await Expect(page.Locator("#registration-complete")).ToContainTextAsync("登録完了");
            }
            if (step1 && !step2)
            {
                await Expect(page.Locator("#confirmed-email-masked")).ToHaveTextAsync(FakeMembership.Member1MaskedEmail);
            }
            await CheckAsync(page, $"resume-{stage}-ja");
        });

    [Fact]
    public async Task Step1_done_in_one_browser_is_picked_up_in_a_fresh_one()
    {
        _fakes.Portal.Reset();
        await using (var first = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP"))
        {
            var page = await first.NewPageAsync();
            await page.GotoAsync("/step1");
            await IdentifyAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "更新用パスコードを送信する" }).ClickAsync();
            await page.GetByLabel("パスコード", new() { Exact = true }).FillAsync(_fakes.Membership.LastMail.Code);
            await page.GetByRole(AriaRole.Button, new() { Name = "パスコードを確認する" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/step1/done$"));
        }

        // The next day, another browser: no cookies at all.
        await using var second = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var again = await second.NewPageAsync();
        await again.GotoAsync("/");
        await again.Locator("#resume-start").ClickAsync();
        await IdentifyAsync(again);
        await again.GetByRole(AriaRole.Button, new() { Name = "続きを確認する" }).ClickAsync();

        await Expect(again).ToHaveURLAsync(new Regex("/step2$"));
        await Expect(again.Locator("#confirmed-email-masked")).ToHaveTextAsync(FakeMembership.Member1MaskedEmail);
        await Expect(again.Locator(".progress__step--done")).ToHaveCountAsync(1);
        await again.GetByRole(AriaRole.Link, new() { Name = "今すぐサインアップ" }).ClickAsync();
        await again.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(FakeMembership.Member1Email);
        await again.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();
        await Expect(again).ToHaveURLAsync(new Regex("/step2/code$"));
        await CheckAsync(again, "resume-picked-up-step2-code-ja");
    }

    [Fact]
    public async Task Resumed_step2_signs_up_with_the_typed_address()
    {
        _fakes.Portal.Reset();
        _fakes.Membership.SetJourney(FakeMembership.Member1, step1: true);
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/resume");
        await IdentifyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "続きを確認する" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "今すぐサインアップ" }).ClickAsync();

        await Expect(page.Locator("#email-masked-hint")).ToContainTextAsync(FakeMembership.Member1MaskedEmail);
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(FakeMembership.Member1Email);
        await CheckAsync(page, "resume-step2-signup-ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2/code$"));
    }

    [Fact]
    public async Task Lookup_of_a_member_past_step1_offers_to_skip_ahead()
    {
        _fakes.Membership.SetJourney(FakeMembership.Member1, step1: true);
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/step1");
        await IdentifyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();

        await Expect(page.Locator("#already-done")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "メールアドレスを確認する" })).ToBeVisibleAsync();
        await CheckAsync(page, "journey-step1-already-done-ja");
        await page.GetByRole(AriaRole.Link, new() { Name = "STEP 2 マイポータルへの登録へ進む" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2$"));
    }

    [Fact]
    public async Task Out_of_order_attempts_show_the_way_to_the_step_before()
    {
        _fakes.Portal.Reset();
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();

        // STEP 2 with an address STEP 1 never confirmed.
        await page.GotoAsync("/step2/signup");
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync("new.student@example.ac.jp");
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();
        await Expect(page.Locator("#step1-first")).ToBeVisibleAsync();
        await CheckAsync(page, "journey-out-of-order-step2-ja");
        await page.GetByRole(AriaRole.Link, new() { Name = "STEP 1 メールアドレスの確認へ" }).Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step1$"));

        // STEP 3 without an account: the sign-in page always says where to go.
        await page.GotoAsync("/step3");
        await page.Locator("#email").FillAsync("nobody@example.ac.jp");
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送信" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        await Expect(page.Locator("#no-account-note")).ToBeVisibleAsync();
        await CheckAsync(page, "journey-out-of-order-step3-ja");
        await page.Locator("#to-step2").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2$"));
    }

    [Fact]
    public async Task Keyboard_only_resume_and_focus_on_the_first_error()
    {
        _fakes.Membership.SetJourney(FakeMembership.Member1, step1: true, step2: true);
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/resume");

        // Nothing chosen: the error summary is announced and gets the focus; its first entry leads to the field.
        await page.Locator("#resume-submit").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".error-summary")).ToHaveAttributeAsync("role", "alert");
        await Expect(page.Locator("#memberNumber")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#memberNumber")).ToHaveAttributeAsync("aria-describedby", new Regex("memberNumber-error"));
        await CheckAsync(page, "resume-errors-ja");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#memberNumber")).ToBeFocusedAsync();

        // Only keys from here: type, Tab through the date selects (typing picks an option), Enter submits.
        await page.Keyboard.TypeAsync(FakeMembership.Member1);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2004");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("4");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("1");
        await Expect(page.Locator("#birthYear")).ToHaveValueAsync("2004");
        await Expect(page.Locator("#birthMonth")).ToHaveValueAsync("4");
        await Expect(page.Locator("#birthDay")).ToHaveValueAsync("1");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#resume-submit")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/step3$"));
    }

    [Fact]
    public async Task Skip_link_and_focus_outline_work_from_the_keyboard()
    {
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "本文へ移動" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main")).ToBeFocusedAsync();
    }

    private static (string name, int width)[] Widths =>
    [
        ("phone-390", 390),
        // A 1280-pixel window at 200% zoom lays pages out in 640 CSS pixels.
        ("zoom-200", 640),
    ];

    [Fact]
    public Task Pages_fit_narrow_and_zoomed_windows_without_horizontal_scrolling() =>
        Assert.AllAsync(Widths, async row =>
        {
            var (name, width) = row;
            await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP", width: width, height: 800);
            var page = await context.NewPageAsync();
            string[] paths = ["/", "/resume", "/step1", "/step2", "/step2/signup", "/step3"];
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px.");
            }
            await page.GotoAsync("/resume");
            await page.Locator("#resume-submit").ClickAsync();
            var errorsOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(errorsOverflow <= 0, $"/resume with errors scrolls sideways by {errorsOverflow}px.");
            await _browser.SaveScreenshotAsync(page, $"resume-{name}-ja");
            await page.GotoAsync("/");
            await _browser.SaveScreenshotAsync(page, $"journey-landing-{name}-ja");
        });

    [Fact]
    public async Task English_resume_is_one_click_away()
    {
        _fakes.Membership.SetJourney(FakeMembership.Member1, step1: true, step2: true);
        await using var context = await _browser.NewContextAsync(_baseAddress, locale: "ja-JP");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/resume");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resume your registration" })).ToBeVisibleAsync();
        await page.GetByLabel("Co-op member number", new() { Exact = false }).FillAsync(FakeMembership.Member1);
        await page.Locator("#birthYear").SelectOptionAsync("2004");
        await page.Locator("#birthMonth").SelectOptionAsync("4");
        await page.Locator("#birthDay").SelectOptionAsync("1");
        await CheckAsync(page, "resume-form-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find where I left off" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3$"));
        await Expect(page.Locator("#no-account-note")).ToContainTextAsync("STEP 2");
        await CheckAsync(page, "resume-after-step2-en");
    }
}
