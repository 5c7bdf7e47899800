using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Onboarding.ServiceDefaults.KeyEncryption;

namespace Onboarding.Gateway.KeyRing;

public static class KeyRingRegistration
{
    public const string ConnectionName = "gatewaydb";

    /// <summary>
    /// The Data Protection key ring behind every journey cookie and antiforgery token: kept in gatewaydb, so every
    /// replica and every restart share one ring, and sealed under <c>KeyEncryption:Key</c> (the AppHost's
    /// <c>gateway-key-encryption-key</c>), which is not in gatewaydb, so a copy of the database opens nothing.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDbContext<GatewayDbContext>(options => options.UseNpgsql(
            builder.Configuration.GetConnectionString(ConnectionName)
                ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is missing: the gateway keeps its key ring there.")));
        // Aspire's retries, health check and telemetry, as the services' databases have.
        builder.EnrichNpgsqlDbContext<GatewayDbContext>();
        builder.Services.AddDataProtection()
            .SetApplicationName("Onboarding.Gateway")
            .PersistKeysToDbContext<GatewayDbContext>()
            .CreateKeysOnceAcrossReplicas<GatewayDbContext>()
            .ProtectKeysWithKeyEncryptionKey();
        return builder;
    }

    /// <summary>
    /// The <c>migrate</c> step (the AppHost's <c>gateway-migrate</c>, as each service has): the gateway started with
    /// the single argument <c>migrate</c> applies gatewaydb's migrations, creating the database if needed, and exits.
    /// The gateway never migrates at start-up.
    /// </summary>
    public static bool IsMigrationRun(string[] args) => args is ["migrate"];

    public static async Task MigrateKeyRingDatabaseAsync(this IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyRingRegistration));
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}",
            pending.Count, db.Database.GetDbConnection().Database, string.Join(", ", pending));
        await db.Database.MigrateAsync();
        logger.LogInformation("Database {Database} is up to date", db.Database.GetDbConnection().Database);
    }
}
