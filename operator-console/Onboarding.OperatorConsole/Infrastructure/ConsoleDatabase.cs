using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.ServiceDefaults.KeyEncryption;

namespace Onboarding.OperatorConsole.Infrastructure;

public static class ConsoleDatabase
{
    public const string ConnectionName = "consoledb";

    /// <summary>
    /// consoledb, with Aspire's retries, health check and telemetry; and the Data Protection key ring (sign-in cookies,
    /// antiforgery tokens) kept in it, sealed under <c>KeyEncryption:Key</c> (the AppHost's
    /// <c>operator-console-key-encryption-key</c>, which is not in consoledb), like the gateway's.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDbContext<ConsoleDbContext>(options => options.UseNpgsql(
            builder.Configuration.GetConnectionString(ConnectionName)
                ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is missing: the console keeps its staff and audit log there.")));
        builder.EnrichNpgsqlDbContext<ConsoleDbContext>();
        builder.Services.AddDataProtection()
            .SetApplicationName("Onboarding.OperatorConsole")
            .PersistKeysToDbContext<ConsoleDbContext>()
            .CreateKeysOnceAcrossReplicas<ConsoleDbContext>()
            .ProtectKeysWithKeyEncryptionKey();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IAuditLog, AuditLog>();
        return builder;
    }

    /// <summary>The <c>migrate</c> step (the AppHost's <c>operator-console-migrate</c>): the console started with the single argument <c>migrate</c>.</summary>
    public static bool IsMigrationRun(string[] args) => args is ["migrate"];

    /// <summary>
    /// Applies consoledb's migrations (creating it if needed; the audit log's append-only trigger comes with them),
    /// then seeds the administrator (<see cref="AdministratorSeed"/>), and the host exits. The console never migrates
    /// at start-up.
    /// </summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConsoleDatabase));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            logger.LogInformation("Applying {Count} migration(s) to consoledb: {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync();
        }
        await app.Services.SeedAdministratorAsync(app.Configuration, logger);
    }
}
