using System.Net;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// Every console answer carries the strict browser headers and is never cached (the pages will show members' data);
/// the sign-in cookie is HttpOnly, SameSite=Strict and session-only; errors are the console's own pages.
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleFactory.StartAsync();

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Fact]
    public async Task Pages_are_sent_with_a_strict_policy_and_never_cached_and_the_cookie_is_strict()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using var client = _console.NewClient();
        using var signIn = await client.GetAsync("/signin");
        var afterPassword = await StaffSession.PostPasswordAsync(client, userName, password);

        Assert.Equal(Security.ConsoleSecurity.ContentSecurityPolicy, signIn.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", signIn.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", signIn.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(signIn.Headers.CacheControl?.NoStore);
        var cookie = afterPassword.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(StaffSignInRegistration.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_page_and_an_unknown_language_get_the_consoles_own_error_pages()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        using var client = _console.NewClient();
        await StaffSession.EnrolAsync(client, userName, password);

        using var missing = await client.GetAsync("/no-such-page");
        var culture = await StaffSession.PostFormAsync(client, "/", "/culture", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" });
        var offsite = await StaffSession.PostFormAsync(client, "/", "/culture", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("ページが見つかりません", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        Assert.Contains("エラーが発生しました", await culture.Content.ReadAsStringAsync());
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
    }
}
