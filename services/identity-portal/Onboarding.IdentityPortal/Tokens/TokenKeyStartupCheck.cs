using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Tokens;

/// <summary>
/// Opens every stored token key before the service takes requests, so that a wrong or missing key-encryption key
/// stops the service at start instead of failing on the first token request; it never makes keys in their place
/// (new keys would invalidate every token issued). Rows written before keys were sealed are re-sealed in place:
/// the same keys and ids, so issued tokens stay valid, and identitydb holds no plain private key from then on
/// (keys never rotate here, so "readable until they expire" would mean plain for ever).
/// </summary>
public sealed class TokenKeyStartupCheck(IServiceProvider services, ILogger<TokenKeyStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving it checks KeyEncryption:Key is there (a clear error naming it when not).
        var sealing = services.GetRequiredService<TokenKeySealing>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var resealed = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({TokenKeyStore.KeysLockId})", cancellationToken);
            var keys = await db.TokenKeys.ToListAsync(cancellationToken);
            var plain = keys.Count(TokenKeySealing.IsPlain);
            foreach (var key in keys)
            {
                sealing.Open(key).Dispose();
                sealing.Reseal(key);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return plain;
        });
        if (resealed > 0)
        {
            logger.LogWarning(
                "{Count} token key(s) stored as plain PEM before encryption were sealed in place under key-encryption key {KeyId}; " +
                "copies of identitydb taken before now still hold them in plain",
                resealed, sealing.KeyEncryptionKeyId);
        }
        logger.LogInformation("Token keys sealed under key-encryption key {KeyId}", sealing.KeyEncryptionKeyId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
