using System.Net;
using System.Text.RegularExpressions;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>An administrator creates staff accounts with a role and disables them; each change is audited.</summary>
public sealed partial class StaffManagementTests : IAsyncLifetime
{
    private ConsoleFactory _console = null!;
    private HttpClient _admin = null!;
    private string _adminName = "";

    public async Task InitializeAsync()
    {
        _console = await ConsoleFactory.StartAsync();
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.Administrator);
        _adminName = userName;
        _admin = _console.NewClient();
        await StaffSession.EnrolAsync(_admin, userName, password);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _console.DisposeAsync();
    }

    [Fact]
    public async Task A_created_account_signs_in_with_its_first_password_and_once_disabled_is_signed_out_and_refused()
    {
        var created = await CreateAsync("helper-one", StaffRoles.HelpDesk);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var password = InitialPassword().Match(await created.Content.ReadAsStringAsync()).Groups["password"].Value;
        Assert.NotEmpty(password);
        using var helper = _console.NewClient();
        await StaffSession.EnrolAsync(helper, "helper-one", password);
        Assert.Equal(HttpStatusCode.OK, (await helper.GetAsync("/")).StatusCode);

        var id = await IdOfAsync("helper-one");
        var disabled = await StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=disable", new Dictionary<string, string> { ["id"] = id.ToString() });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await helper.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffSession.PostPasswordAsync(_console.NewClient(), "helper-one", password)).StatusCode);
        var entries = await AuditEntries.OfAsync(_console, _adminName);
        Assert.Contains(entries, entry => entry is { Action: AuditActions.StaffCreated, Subject: "helper-one" } && entry.Details!.Contains("HelpDesk"));
        Assert.Contains(entries, entry => entry is { Action: AuditActions.StaffDisabled, Subject: "helper-one" });
        Assert.DoesNotContain(entries, entry => (entry.Details ?? "").Contains(password));
    }

    [Fact]
    public async Task A_sign_in_reset_gives_a_new_password_ends_open_sessions_and_asks_for_the_authenticator_again()
    {
        var created = await CreateAsync("helper-lost-phone", StaffRoles.HelpDesk);
        var firstPassword = InitialPassword().Match(await created.Content.ReadAsStringAsync()).Groups["password"].Value;
        using var helper = _console.NewClient();
        var oldKey = await StaffSession.EnrolAsync(helper, "helper-lost-phone", firstPassword);
        var id = await IdOfAsync("helper-lost-phone");

        var reset = await StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=reset", new Dictionary<string, string> { ["id"] = id.ToString() });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var newPassword = ResetPassword().Match(await reset.Content.ReadAsStringAsync()).Groups["password"].Value;
        Assert.Matches("^[A-Za-z0-9]{20}$", newPassword);

        Assert.NotEqual(HttpStatusCode.OK, (await helper.GetAsync("/")).StatusCode);        // the open session ended
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffSession.PostPasswordAsync(_console.NewClient(), "helper-lost-phone", firstPassword)).StatusCode);
        using var again = _console.NewClient();
        var newKey = await StaffSession.EnrolAsync(again, "helper-lost-phone", newPassword);      // enrols a new authenticator
        Assert.NotEqual(oldKey, newKey);
        Assert.Contains(await AuditEntries.OfAsync(_console, _adminName), entry => entry is { Action: AuditActions.StaffSignInReset, Subject: "helper-lost-phone" });

        // Not one's own: another administrator checks who is asking.
        var own = await StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=reset", new Dictionary<string, string> { ["id"] = (await IdOfAsync(_adminName)).ToString() });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
    }

    [Fact]
    public async Task A_malformed_name_or_an_unknown_role_is_refused_and_nothing_is_created()
    {
        (string UserName, string Role)[] rows =
        [
            ("ab", StaffRoles.HelpDesk), ("Has Space", StaffRoles.HelpDesk), ("<script>", StaffRoles.HelpDesk),
            (new string('a', StaffUserName.MaxLength + 1), StaffRoles.HelpDesk), ("valid-name", "Root"), ("valid-name", ""),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var response = await CreateAsync(row.UserName, row.Role);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("aria-invalid=\"true\"", await response.Content.ReadAsStringAsync());
        });
        await using var db = _console.NewDbContext();
        Assert.Equal(1, db.Users.Count());
    }

    [Fact]
    public async Task A_taken_name_is_refused()
    {
        await CreateAsync("taken", StaffRoles.HelpDesk);

        var again = await CreateAsync("taken", StaffRoles.Administrator);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("このユーザー名はすでに使われています。", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account_nor_an_unknown_one()
    {
        var self = await StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=disable", new Dictionary<string, string> { ["id"] = (await IdOfAsync(_adminName)).ToString() });
        var unknown = await StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=disable", new Dictionary<string, string> { ["id"] = Guid.NewGuid().ToString() });
        var malformed = await StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=disable", new Dictionary<string, string> { ["id"] = "not-a-guid" });

        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/staff")).StatusCode);
    }

    private Task<HttpResponseMessage> CreateAsync(string userName, string role) =>
        StaffSession.PostFormAsync(_admin, "/staff", "/staff?handler=create", new Dictionary<string, string> { ["UserName"] = userName, ["Role"] = role });

    private async Task<Guid> IdOfAsync(string userName)
    {
        await using var db = _console.NewDbContext();
        return db.Users.Single(user => user.UserName == userName).Id;
    }

    [GeneratedRegex("""id="initial-password">(?<password>[A-Za-z0-9]+)</code>""")]
    private static partial Regex InitialPassword();

    [GeneratedRegex("id=\"reset-password\"[^>]*>(?<password>[^<]+)</code>")]
    private static partial Regex ResetPassword();
}
