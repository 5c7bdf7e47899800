using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Tokens;

/// <summary>
/// Gives OpenIddict its signing and encryption keys from the database, creating each the first time it is needed,
/// so that tokens survive restarts and every replica signs with the same key (never throw-away keys). Keys are
/// stored sealed (<see cref="TokenKeySealing"/>).
/// </summary>
public sealed class TokenKeyStore(IServiceScopeFactory scopes, TokenKeySealing sealing, TimeProvider clock) : IConfigureOptions<OpenIddictServerOptions>
{
    // Any constant: replicas starting together take turns creating (or re-sealing) the keys.
    internal const long KeysLockId = 0x546f6b656e4b6579;

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var signing = LoadOrCreate(db, TokenKeyUse.Signing);
        var encryption = LoadOrCreate(db, TokenKeyUse.Encryption);
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey LoadOrCreate(IdentityDbContext db, TokenKeyUse use)
    {
        // OpenIddict reads its options synchronously, once, when the first token request arrives.
        return db.Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = db.Database.BeginTransaction();
            db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({KeysLockId})");
            var key = db.TokenKeys.Where(k => k.Use == use).OrderByDescending(k => k.CreatedAt).FirstOrDefault();
            if (key is null)
            {
                key = sealing.Create(use, clock.GetUtcNow());
                db.TokenKeys.Add(key);
                db.SaveChanges();
            }
            transaction.Commit();
            // A stable key id, so resource servers pick the right key from the published set.
            return new RsaSecurityKey(sealing.Open(key)) { KeyId = key.Id.ToString("N") };
        });
    }
}
