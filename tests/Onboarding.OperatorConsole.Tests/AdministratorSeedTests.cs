using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The migrate step seeds the administrator from configuration once: a second run (every AppHost start) changes nothing,
/// not even with another password, and the password is never logged.
/// </summary>
public sealed class AdministratorSeedTests : IAsyncLifetime
{
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleFactory.StartAsync();

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Fact]
    public async Task Seeding_twice_makes_one_administrator_with_the_first_password_and_logs_no_password()
    {
        var logs = new RecordingLogger();
        const string First = "first-seeded-password-0001";
        const string Second = "second-seeded-password-0002";

        await _console.Services.SeedAdministratorAsync(Settings("root-admin", First), logs);
        await _console.Services.SeedAdministratorAsync(Settings("root-admin", Second), logs);

        await using var scope = _console.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var admin = Assert.Single(users.Users.ToList());
        Assert.Equal("root-admin", admin.UserName);
        Assert.Equal([StaffRoles.Administrator], await users.GetRolesAsync(admin));
        Assert.True(await users.CheckPasswordAsync(admin, First));
        Assert.False(await users.CheckPasswordAsync(admin, Second));
        var seeded = Assert.Single(await AuditEntries.OfAsync(_console, AuditLog.SystemActor));
        Assert.Equal(AuditActions.StaffSeeded, seeded.Action);
        Assert.Equal("root-admin", seeded.Subject);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(First) || line.Contains(Second));
    }

    [Fact]
    public async Task The_seeded_administrator_enrols_and_signs_in()
    {
        await _console.Services.SeedAdministratorAsync(Settings("admin", "seeded-password-for-admin"), new RecordingLogger());
        using var client = _console.NewClient();

        await StaffSession.EnrolAsync(client, "admin", "seeded-password-for-admin");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/audit")).StatusCode);
    }

    [Fact]
    public async Task A_password_too_short_stops_the_migrate_step_without_naming_it()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _console.Services.SeedAdministratorAsync(Settings("admin", "short-pw"), new RecordingLogger()));

        Assert.Contains("PasswordTooShort", error.Message);
        Assert.DoesNotContain("short-pw", error.Message);
    }

    private static IConfiguration Settings(string userName, string password) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{AdministratorSeed.Section}:UserName"] = userName,
            [$"{AdministratorSeed.Section}:Password"] = password,
        }).Build();

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + " " + state);
    }
}
