using Onboarding.Testing;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// Staff sign in with their own account and a TOTP second factor: enrolment at the first sign-in (key and otpauth URI
/// shown, a code computed from that key accepted), then password and code; a password alone opens nothing but the
/// enrolment page; each code works once; every step is audited.
/// </summary>
public sealed class SignInTests : IAsyncLifetime
{
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleFactory.StartAsync();

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Fact]
    public async Task A_first_sign_in_shows_the_key_and_its_otpauth_uri_and_a_code_from_that_key_completes_it()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using var client = _console.NewClient();

        var signedIn = await StaffSession.PostPasswordAsync(client, userName, password);
        Assert.Equal("/enrol", signedIn.Headers.Location?.OriginalString);
        var page = await client.GetStringAsync("/enrol");
        var key = StaffSession.KeyFrom(page);
        Assert.Contains($"otpauth://totp/Onboarding%20Console:{userName}?secret={key}&amp;issuer=Onboarding%20Console&amp;digits=6", page);

        var enrolled = await StaffSession.PostCodeAsync(client, "/enrol", Totp.Code(key));
        Assert.Equal("/", enrolled.Headers.Location?.OriginalString);

        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(userName, await home.Content.ReadAsStringAsync());
        Assert.Equal([AuditActions.AuthenticatorEnrolled, AuditActions.SignedIn], await AuditEntries.ActionsOfAsync(_console, userName));
    }

    [Fact]
    public async Task With_the_password_alone_only_the_enrolment_page_opens()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.Administrator);
        using var client = _console.NewClient();
        await StaffSession.PostPasswordAsync(client, userName, password);

        using var home = await client.GetAsync("/");
        using var audit = await client.GetAsync("/audit");

        Assert.NotEqual(HttpStatusCode.OK, home.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/enrol")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_enrolment_code_is_refused_and_turns_nothing_on()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using var client = _console.NewClient();
        await StaffSession.PostPasswordAsync(client, userName, password);
        var key = StaffSession.KeyFrom(await client.GetStringAsync("/enrol"));

        var wrong = await StaffSession.PostCodeAsync(client, "/enrol", WrongCode(key));
        var malformed = await StaffSession.PostCodeAsync(client, "/enrol", "12ab56");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await wrong.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.DoesNotContain(AuditActions.AuthenticatorEnrolled, await AuditEntries.ActionsOfAsync(_console, userName));
    }

    [Fact]
    public async Task An_enrolled_account_signs_in_with_password_then_code_and_a_code_is_accepted_once()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using (var first = _console.NewClient()) await StaffSession.EnrolAsync(first, userName, password);
        using var client = _console.NewClient();
        var key = await KeyOfAsync(userName);

        var afterPassword = await StaffSession.PostPasswordAsync(client, userName, password);
        Assert.StartsWith("/signin/code", afterPassword.Headers.Location?.OriginalString);
        var wrong = await StaffSession.PostCodeAsync(client, "/signin/code", WrongCode(key));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var code = Totp.Code(key, 1);
        var right = await StaffSession.PostCodeAsync(client, "/signin/code", code);
        Assert.Equal("/", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // The same code again, by someone who has the password and saw the code: refused.
        using var replay = _console.NewClient();
        await StaffSession.PostPasswordAsync(replay, userName, password);
        var replayed = await StaffSession.PostCodeAsync(replay, "/signin/code", code);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await replay.GetAsync("/")).StatusCode);

        var actions = await AuditEntries.ActionsOfAsync(_console, userName);
        Assert.Equal(2, actions.Count(action => action == AuditActions.SignedIn));
        Assert.Equal(2, actions.Count(action => action == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_disabled_account_get_the_same_answer()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        var (disabledName, disabledPassword) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        await DisableAsync(disabledName);
        using var client = _console.NewClient();

        var unknown = await StaffSession.PostPasswordAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..6], password);
        var wrong = await StaffSession.PostPasswordAsync(client, userName, password + "x");
        var disabled = await StaffSession.PostPasswordAsync(client, disabledName, disabledPassword);

        foreach (var response in new[] { unknown, wrong, disabled })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("ユーザー名またはパスワードが正しくありません。", await response.Content.ReadAsStringAsync());
        }
        Assert.Contains(AuditActions.SignInFailed, await AuditEntries.ActionsOfAsync(_console, AuditLog.UnknownActor));
        Assert.Equal([AuditActions.SignInFailed], await AuditEntries.ActionsOfAsync(_console, disabledName));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using var client = _console.NewClient();

        for (var attempt = 0; attempt < StaffSignInRegistration.MaxFailedAttempts; attempt++)
        {
            await StaffSession.PostPasswordAsync(client, userName, "wrong-password-" + attempt);
        }
        var right = await StaffSession.PostPasswordAsync(client, userName, password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("一時的にロックされています", await right.Content.ReadAsStringAsync());
        Assert.Null(right.Headers.Location);
        var actions = await AuditEntries.ActionsOfAsync(_console, userName);
        Assert.Equal(StaffSignInRegistration.MaxFailedAttempts - 1, actions.Count(action => action == AuditActions.SignInFailed));
        Assert.Equal(2, actions.Count(action => action == AuditActions.LockedOut));
    }

    [Fact]
    public async Task Empty_fields_are_named_and_a_post_without_the_antiforgery_token_is_refused()
    {
        using var client = _console.NewClient();

        var empty = await StaffSession.PostPasswordAsync(client, "", "");
        var forged = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var page = await empty.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#userName\"", page);
        Assert.Contains("href=\"#password\"", page);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in_and_is_audited()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using var client = _console.NewClient();
        await StaffSession.EnrolAsync(client, userName, password);

        var signedOut = await StaffSession.PostFormAsync(client, "/", "/signout", new Dictionary<string, string>());

        Assert.Equal("/signin", signedOut.Headers.Location?.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(AuditActions.SignedOut, (await AuditEntries.ActionsOfAsync(_console, userName)).Last());
    }

    /// <summary>A code that is none of those the console accepts now (the steps either side included).</summary>
    private static string WrongCode(string key)
    {
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, step)).ToHashSet();
        return Enumerable.Range(0, 1000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !valid.Contains(code));
    }

    private async Task<string> KeyOfAsync(string userName)
    {
        await using var scope = _console.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync(userName))!))!;
    }

    private async Task DisableAsync(string userName)
    {
        await using var scope = _console.Services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        Assert.True(await staff.DisableAsync((await staff.FindAsync(userName))!));
    }
}
