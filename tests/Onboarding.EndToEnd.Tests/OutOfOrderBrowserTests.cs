using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Out-of-order attempts (issue 6, "What must be shown"): STEP 2 sign-up with an address STEP 1 never confirmed shows
/// the guidance and a link to STEP 1, which leads there; STEP 3's sign-in page always says where to go without a
/// portal account, with a link to STEP 2. Fresh browser contexts (no cookies); screens <c>resume-e2e-out-of-order-*</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class OutOfOrderBrowserTests(SystemFixture system, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly JourneyLabels T = JourneyLabels.Japanese;

    [Fact]
    public async Task OutOfOrder_step2_signup_with_an_address_never_confirmed_in_step1_shows_the_guidance_and_links_to_step1()
    {
        var email = $"ooo-{Guid.NewGuid():N}"[..17] + "@e2e.example.ac.jp";
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var all = JourneyDriver.CollectProblems(page, system.GatewayUrl);

        // STEP 2's start page in a browser that has not done STEP 1 says so, with a link to STEP 1.
        await page.GotoAsync("/step2");
        await Expect(page.Locator("#no-step1")).ToBeVisibleAsync();
        await Expect(page.Locator("#no-step1 a[href='/step1']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#confirmed-email, #confirmed-email-masked")).ToHaveCountAsync(0);
        await Shot(page, "1-step2-start");

        await page.GetByRole(AriaRole.Link, new() { Name = T.SignupButton }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2/signup$"));
        await Expect(page.Locator("#step1-first")).ToHaveCountAsync(0);
        await page.GetByLabel(T.Email, new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = T.SendCode }).ClickAsync();

        // Not taken on to the code page: the guidance, announced, with the way to STEP 1.
        await Expect(page).ToHaveURLAsync(new Regex("/step2/signup$"));
        var guidance = page.Locator("#step1-first");
        await Expect(guidance).ToBeVisibleAsync();
        await Expect(guidance.GetByRole(AriaRole.Heading, new() { Name = "先にSTEP 1 メールアドレスの確認を行ってください" })).ToBeVisibleAsync();
        var toStep1 = page.Locator("#to-step1");
        await Expect(toStep1).ToBeVisibleAsync();
        await Expect(toStep1).ToHaveTextAsync("STEP 1 メールアドレスの確認へ");
        await Expect(toStep1).ToHaveAttributeAsync("href", "/step1");
        // Nothing shown as done: the member has not done STEP 1; STEP 2 is where they are.
        await Expect(page.Locator(".progress__step--done")).ToHaveCountAsync(0);
        await Shot(page, "2-step2-signup-guidance");
        // No sign-up mail went to the unconfirmed address.
        Assert.Empty(await new Step3Api(system).MailIdsToAsync(email));

        await toStep1.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step1$"));
        await Expect(page.GetByLabel(T.MemberNumber, new() { Exact = true })).ToBeVisibleAsync();
        await Shot(page, "3-step1");
        // The sign-up refusal is an answer the page shows, not a failed load.
        problems.AddRange(all.Where(p => !p.StartsWith("4")));
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        output.WriteLine($"Responses of 400+ seen (the refusal, if the page answers with one): {string.Join("; ", all)}");
    }

    [Fact]
    public async Task OutOfOrder_step3_sign_in_page_shows_the_no_account_note_linking_to_step2()
    {
        await using var context = await browser.NewContextAsync(system.GatewayUrl, locale: "ja-JP");
        var page = await context.NewPageAsync();
        var problems = JourneyDriver.CollectProblems(page, system.GatewayUrl);

        await page.GotoAsync("/step3");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T.Step3SignInTitle })).ToBeVisibleAsync();
        var note = page.Locator("#no-account-note");
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("先にSTEP 2を行ってください");
        var toStep2 = page.Locator("#to-step2");
        await Expect(toStep2).ToHaveTextAsync("STEP 2 マイポータルへの登録へ");
        await Expect(toStep2).ToHaveAttributeAsync("href", "/step2");
        await Expect(page.Locator("#registration-complete")).ToHaveCountAsync(0);
        await Shot(page, "4-step3-sign-in");

        // Sign-in answers alike for an address without an account: the code page still carries the way to STEP 2.
        var unknown = $"noacct-{Guid.NewGuid():N}"[..20] + "@e2e.example.ac.jp";
        await page.GetByLabel(T.Step3Email, new() { Exact = true }).FillAsync(unknown);
        await page.GetByRole(AriaRole.Button, new() { Name = T.SendCode }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step3/code$"));
        await Expect(page.Locator("#sent-to")).ToContainTextAsync(Step1Api.MaskEmail(unknown));
        await Expect(page.Locator("#to-step2")).ToBeVisibleAsync();
        await Shot(page, "5-step3-code-unknown-address");

        await page.Locator("#to-step2").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/step2$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = T.SignupButton })).ToBeVisibleAsync();
        await Shot(page, "6-step2");
        Assert.True(problems.Count == 0, "Problems in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    private Task<string> Shot(IPage page, string name) => browser.SaveScreenshotAsync(page, $"resume-e2e-out-of-order-{name}");
}
