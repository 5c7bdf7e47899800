using Onboarding.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using Xunit.Abstractions;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The console in Chromium: an administrator signs in for the first time with a TOTP code computed from the key the
/// enrolment page shows, finds the sign-in in the audit log, creates a help-desk account, and reads the log in English.
/// axe finds no violation on any page (of any impact); each page is saved as a screenshot.
/// </summary>
public sealed class ConsoleBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleFactory.StartAsync(kestrel: true);

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Fact]
    public async Task An_administrator_signs_in_with_totp_sees_the_audit_entry_and_creates_a_help_desk_account()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.Administrator, "kanri.taro");
        await using var context = await browser.NewContextAsync(_console.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/audit");
        Assert.EndsWith("/signin?ReturnUrl=%2Faudit", page.Url);
        await CheckAsync(page, "console-signin-ja");

        // Nothing typed: the summary names both fields and links to them.
        await page.ClickAsync("#sign-in");
        Assert.Equal(2, await page.Locator(".error-summary a").CountAsync());
        await CheckAsync(page, "console-signin-errors-ja");

        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/enrol**");
        var key = (await page.TextContentAsync("#authenticator-key"))!.Replace(" ", "").ToUpperInvariant();
        Assert.StartsWith("otpauth://totp/", await page.TextContentAsync("#authenticator-uri"));
        await CheckAsync(page, "console-enrol-ja");

        await page.FillAsync("#code", Totp.Code(key));
        await page.ClickAsync("#enrol");
        // Back where the administrator was going before the sign-in.
        await page.WaitForURLAsync("**/audit");
        var enrolled = page.Locator($"#audit-entries td[data-action='{AuditActions.AuthenticatorEnrolled}']");
        var signedIn = page.Locator($"#audit-entries td[data-action='{AuditActions.SignedIn}']");
        Assert.Equal("認証アプリの登録", await enrolled.First.TextContentAsync());
        Assert.Equal("サインイン", await signedIn.First.TextContentAsync());
        Assert.Contains(userName, await page.Locator("#audit-entries tbody tr").First.TextContentAsync());
        await CheckAsync(page, "console-audit-ja");

        await page.GotoAsync("/staff");
        await page.FillAsync("#userName", "helpdesk.hanako");
        await page.SelectOptionAsync("#role", StaffRoles.HelpDesk);
        await page.ClickAsync("#create-staff");
        Assert.Matches("^[A-Za-z0-9]{20}$", await page.TextContentAsync("#initial-password"));
        Assert.Contains("ヘルプデスク", await page.Locator("#staff-accounts tr", new() { HasText = "helpdesk.hanako" }).TextContentAsync());
        await CheckAsync(page, "console-staff-ja");

        await page.GotoAsync("/");
        await CheckAsync(page, "console-home-ja");

        await page.GotoAsync("/audit");
        await page.ClickAsync(".language-switch button");
        await page.WaitForURLAsync("**/audit");
        Assert.Equal("Audit log", await page.TextContentAsync("h1"));
        Assert.Equal("Account created", await page.Locator($"td[data-action='{AuditActions.StaffCreated}']").First.TextContentAsync());
        await CheckAsync(page, "console-audit-en");
    }

    [Fact]
    public async Task The_keyboard_reaches_every_field_and_button_of_the_sign_in_in_order()
    {
        await using var context = await browser.NewContextAsync(_console.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");

        var reached = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.className"));
        }

        Assert.Equal(["skip-link", "console-brand", "link-button", "userName", "password", "sign-in"], reached);
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
