using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.ServiceDefaults.KeyEncryption;

/// <summary>
/// A Data Protection key ring in a database that several replicas share. Left alone, replicas starting together on an
/// empty (or expired) ring each create a key of their own, active at once, and each protects with its own: a cookie
/// issued by one is then refused by the other as soon as its two-minute "refresh on unknown key" window has passed,
/// until its next refresh (24 h). So the ring is loaded at start under a PostgreSQL advisory lock: the first replica
/// creates the key, the next one waits, then finds it and creates none. Keys rotated later (90 days) are created two
/// days before they activate, so every replica has read them (it re-reads at least daily) before anything uses them.
/// </summary>
public static class KeyRingAcrossReplicas
{
    /// <summary>Use with <c>PersistKeysToDbContext&lt;TContext&gt;()</c> and <see cref="DataProtectionKeyEncryption.ProtectKeysWithKeyEncryptionKey"/>.</summary>
    public static IDataProtectionBuilder CreateKeysOnceAcrossReplicas<TContext>(this IDataProtectionBuilder dataProtection)
        where TContext : DbContext
    {
        dataProtection.Services.AddSingleton<IKeyRingCreationLock, AdvisoryKeyRingCreationLock<TContext>>();
        return dataProtection;
    }
}

/// <summary>Serialises the key ring's first load (where a missing key is created) across the replicas of one service.</summary>
public interface IKeyRingCreationLock
{
    Task RunAsync(Action loadKeyRing, CancellationToken cancellationToken);
}

/// <summary>A session advisory lock in the key ring's own database, held on a connection of its own while the ring loads.</summary>
internal sealed class AdvisoryKeyRingCreationLock<TContext>(IServiceScopeFactory scopes) : IKeyRingCreationLock
    where TContext : DbContext
{
    // Any constant: advisory locks are per database, and each key ring has a database of its own.
    private const long LockId = 0x44504b6579526e67; // "DPKeyRng"

    public async Task RunAsync(Action loadKeyRing, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockId})", cancellationToken);
            try
            {
                // Data Protection reads and writes the ring through its own context (another connection).
                loadKeyRing();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockId})", CancellationToken.None);
            }
        }
        finally
        {
            // Closing also releases the lock if the unlock failed with the connection.
            await db.Database.CloseConnectionAsync();
        }
    }
}
