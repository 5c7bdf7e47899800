using System.Net;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>Help desk staff cannot read the audit log or manage staff; administrators can; nobody signed out can open anything.</summary>
public sealed class RolePolicyTests : IAsyncLifetime
{
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleFactory.StartAsync();

    public async Task DisposeAsync() => await _console.DisposeAsync();

    private static readonly string[] AdministratorPages = ["/staff", "/audit", "/audit?action=staff.signed-in"];

    [Fact]
    public async Task Help_desk_staff_are_refused_the_administrator_pages()
    {
        using var client = await SignedInAsync(StaffRoles.HelpDesk);

        await Assert.AllAsync(AdministratorPages, async path =>
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/denied?", response.Headers.Location?.OriginalString);
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/denied")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Help_desk_staff_can_neither_export_the_audit_log_nor_create_or_disable_staff()
    {
        var (victim, _) = await _console.CreateStaffAsync(StaffRoles.Administrator);
        using var client = await SignedInAsync(StaffRoles.HelpDesk);
        var token = StaffSession.AntiforgeryToken(await client.GetStringAsync("/"));

        using var export = await client.PostAsync("/audit?handler=export", Form(token, []));
        using var create = await client.PostAsync("/staff?handler=create", Form(token, new() { ["UserName"] = "intruder", ["Role"] = StaffRoles.Administrator }));

        Assert.Contains("/denied?", export.Headers.Location?.OriginalString);
        Assert.Contains("/denied?", create.Headers.Location?.OriginalString);
        await using var db = _console.NewDbContext();
        Assert.DoesNotContain(db.AuditEntries, entry => entry.Action == AuditActions.AuditExported || entry.Action == AuditActions.StaffCreated);
        Assert.DoesNotContain(db.Users, user => user.UserName == "intruder");
        Assert.Contains(db.Users, user => user.UserName == victim && user.DisabledAt == null);
    }

    [Fact]
    public async Task Administrators_open_the_administrator_pages()
    {
        using var client = await SignedInAsync(StaffRoles.Administrator);

        await Assert.AllAsync(AdministratorPages, async path =>
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
    }

    [Fact]
    public async Task Signed_out_every_page_sends_to_the_sign_in()
    {
        using var client = _console.NewClient();

        await Assert.AllAsync(["/", "/staff", "/audit", "/enrol", "/signin/code"], async path =>
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/signin", response.Headers.Location?.OriginalString);
        });
    }

    [Fact]
    public async Task The_health_endpoint_answers_without_a_sign_in()
    {
        using var client = _console.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var (userName, password) = await _console.CreateStaffAsync(role);
        var client = _console.NewClient();
        await StaffSession.EnrolAsync(client, userName, password);
        return client;
    }

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields) =>
        new(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
}
