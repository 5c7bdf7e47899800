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
/// The funnel, reminder, roster and parked-message pages in Chromium against the operator API stand-in (wallet-link
/// down): an administrator releases a wave after ticking the confirmation, imports a roster and reads the pages in
/// English too. axe finds no violation on any page; each is saved as a screenshot.
/// </summary>
public sealed class OperationPagesBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private OperatorApiStandIn _standIn = null!;
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync()
    {
        _standIn = await OperatorApiStandIn.StartAsync();
        _console = await ConsoleFactory.StartAsync(kestrel: true, settings: _standIn.Settings("wallet-link"));
    }

    public async Task DisposeAsync()
    {
        await _console.DisposeAsync();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task An_administrator_uses_the_operation_pages()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.Administrator, "unyou.jiro");
        await using var context = await browser.NewContextAsync(_console.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/enrol**");
        var key = (await page.TextContentAsync("#authenticator-key"))!.Replace(" ", "").ToUpperInvariant();
        await page.FillAsync("#code", Totp.Code(key));
        await page.ClickAsync("#enrol");
        await page.WaitForURLAsync(url => url.EndsWith('/'));
        await CheckAsync(page, "console-home-operations-ja");

        await page.ClickAsync(".console-nav a[href='/funnel']");
        Assert.Equal("500", await page.TextContentAsync("tr[data-coop='東海大学生協'] td[data-stage='total']"));
        await CheckAsync(page, "console-funnel-ja");
        await page.ClickAsync("#export");
        Assert.Equal(2, await page.Locator(".error-summary a").CountAsync());
        await CheckAsync(page, "console-funnel-errors-ja");

        await page.GotoAsync("/reminders");
        await CheckAsync(page, "console-reminders-ja");
        await page.ClickAsync($"a[href='/reminders/{OperatorApiStandIn.WaveId}']");
        await CheckAsync(page, "console-reminder-wave-ja");
        await page.ClickAsync("#release-link");
        await page.FillAsync("#reason", "切り替え日が早まったため");
        await page.ClickAsync("#release");
        Assert.Contains("確認のチェック", await page.TextContentAsync(".error-summary"));
        await CheckAsync(page, "console-reminder-release-errors-ja");
        await page.CheckAsync("#confirm");
        await page.FillAsync("#reason", "切り替え日が早まったため");
        await page.ClickAsync("#release");
        await page.WaitForSelectorAsync("#wave-released");
        await CheckAsync(page, "console-reminder-released-ja");

        await page.GotoAsync("/roster");
        await CheckAsync(page, "console-roster-ja");
        await page.SetInputFilesAsync("#roster", new FilePayload
        {
            Name = "roster.csv", MimeType = "text/csv", Buffer = "組合員番号,姓,名,生年月日,生協\r\nA0000001,山田,花子,2004-04-01,東海大学生協\r\n"u8.ToArray(),
        });
        await page.FillAsync("#reason", "12月分の名簿");
        await page.ClickAsync("#import");
        await page.WaitForSelectorAsync("#roster-report");
        Assert.Equal("2", await page.TextContentAsync("#report-rejected"));
        await CheckAsync(page, "console-roster-report-ja");

        await page.GotoAsync("/parked");
        Assert.Equal("応答なし", (await page.TextContentAsync("tr[data-service='wallet-link'] td[data-count]"))?.Trim());
        await CheckAsync(page, "console-parked-ja");

        await page.ClickAsync(".language-switch button");
        await page.WaitForURLAsync("**/parked");
        Assert.Equal("Parked messages", await page.TextContentAsync("h1"));
        await CheckAsync(page, "console-parked-en");
        await page.GotoAsync("/funnel");
        await CheckAsync(page, "console-funnel-en");

        await using var db = _console.NewDbContext();
        Assert.Contains(db.AuditEntries, entry => entry.Action == AuditActions.ReminderWaveReleased && entry.Staff == userName);
        Assert.Contains(db.AuditEntries, entry => entry.Action == AuditActions.RosterImported && entry.Staff == userName);
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
