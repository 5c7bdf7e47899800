using Microsoft.EntityFrameworkCore;
using Onboarding.Gateway.KeyRing;
using Onboarding.Testing;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// gatewaydb on the shared test PostgreSQL, migrated as the AppHost's <c>gateway-migrate</c> step does before the
/// gateway starts (at start the gateway opens its stored key ring, so the table must be there).
/// </summary>
public static class GatewayDatabase
{
    public const string KeyEncryptionKey = "test-only-gateway-key-encryption-key";

    private static readonly Lazy<Task<string>> Shared = new(() => CreateAsync("gateway"));

    /// <summary>
    /// The one gatewaydb every test host shares (as replicas do). Synchronous for <see cref="GatewayFactory"/>;
    /// <see cref="Task.Run(Func{Task})"/> keeps xUnit's synchronisation context out of the wait.
    /// </summary>
    public static string SharedConnectionString => Task.Run(() => Shared.Value).GetAwaiter().GetResult();

    /// <summary>A fresh, migrated gatewaydb of its own, for a test that must know every key in it.</summary>
    public static async Task<string> CreateAsync(string purpose)
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var connectionString = await infrastructure.CreateDatabaseAsync(purpose);
        await using var db = new GatewayDbContext(new DbContextOptionsBuilder<GatewayDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync();
        return connectionString;
    }
}
