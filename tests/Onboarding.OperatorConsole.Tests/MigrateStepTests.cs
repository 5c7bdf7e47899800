using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.Testing;
using Onboarding.Testing.Contracts;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The console's own executable started as the AppHost's <c>operator-console-migrate</c> step starts it (the argument
/// <c>migrate</c>, the same environment): on an empty database it migrates and seeds the administrator, exits 0 and
/// prints no password; run again (every AppHost start) it changes nothing.
/// </summary>
public sealed class MigrateStepTests
{
    private const string Password = "migrate-step-password-1234";

    [Fact]
    public async Task The_migrate_step_creates_consoledb_seeds_the_administrator_once_and_prints_no_password()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var connectionString = await infrastructure.CreateDatabaseAsync("consolemigrate");

        var first = await RunMigrateStepAsync(connectionString);
        var second = await RunMigrateStepAsync(connectionString);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain(Password, first.Output + second.Output);
        await using var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(connectionString).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["admin"], await db.Users.Select(user => user.UserName!).ToListAsync());
        Assert.Single(await db.AuditEntries.Where(entry => entry.Action == AuditActions.StaffSeeded).ToListAsync());
    }

    private static async Task<(int ExitCode, string Output)> RunMigrateStepAsync(string connectionString)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "operator-console", "Onboarding.OperatorConsole", "bin", "Release", "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "Onboarding.OperatorConsole.dll"), "migrate"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__consoledb"] = connectionString;
        start.Environment["KeyEncryption__Key"] = Infrastructure.ConsoleFactory.KeyEncryptionKey;
        start.Environment["OperatorConsole__Administrator__UserName"] = "admin";
        start.Environment["OperatorConsole__Administrator__Password"] = Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
