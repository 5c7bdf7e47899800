using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Onboarding.WalletSandbox.Infrastructure;

/// <summary>
/// Gives OpenIddict the signing and encryption keys from <see cref="TokenKey"/> rows, creating them the first time.
/// Runs when OpenIddict's options are first needed (the first OAuth request), by which time the migrate step has run.
/// </summary>
public sealed class PersistedTokenKeys(IServiceScopeFactory scopes, TimeProvider clock) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        var signing = LoadOrCreate(db, TokenKey.Signing);
        var encryption = LoadOrCreate(db, TokenKey.Encryption);
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey LoadOrCreate(SandboxDbContext db, string purpose)
    {
        var stored = db.TokenKeys.AsNoTracking().SingleOrDefault(k => k.Purpose == purpose);
        if (stored is null)
        {
            using var fresh = RSA.Create(2048);
            db.TokenKeys.Add(new TokenKey { Purpose = purpose, Pkcs8 = fresh.ExportPkcs8PrivateKey(), CreatedAt = clock.GetUtcNow() });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another instance stored its key first (unique purpose): use that one.
            }
            db.ChangeTracker.Clear();
            stored = db.TokenKeys.AsNoTracking().Single(k => k.Purpose == purpose);
        }
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(stored.Pkcs8, out _);
        return new RsaSecurityKey(rsa) { KeyId = $"sandbox-{purpose}-{stored.Id}" };
    }
}
