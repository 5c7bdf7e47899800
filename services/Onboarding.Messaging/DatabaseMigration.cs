using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Onboarding.Messaging;

/// <summary>
/// The <c>migrate</c> step: the AppHost starts each service once with the single argument <c>migrate</c> before the
/// service itself; it applies the EF Core migrations (creating the database if needed) and exits. Services never
/// migrate silently at start-up.
/// </summary>
public static class DatabaseMigration
{
    public const string Argument = "migrate";

    public static bool IsMigrationRun(string[] args) => args is [Argument];

    public static Task MigrateDatabaseAsync<TDbContext>(this IHost host) where TDbContext : DbContext =>
        host.Services.MigrateDatabaseAsync<TDbContext>();

    public static async Task MigrateDatabaseAsync<TDbContext>(this IServiceProvider services) where TDbContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigration));
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}",
            pending.Count, db.Database.GetDbConnection().Database, string.Join(", ", pending));
        await db.Database.MigrateAsync();
        logger.LogInformation("Database {Database} is up to date", db.Database.GetDbConnection().Database);
    }
}
