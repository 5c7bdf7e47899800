using System.Security.Cryptography;
using System.Text;
using Onboarding.ServiceDefaults.KeyEncryption;

namespace Onboarding.IdentityPortal.Tokens;

/// <summary>
/// Token keys at rest: each private key is sealed under the key-encryption key from configuration
/// (<c>KeyEncryption:Key</c>), so a copy of identitydb alone cannot sign tokens. The envelope is bound to its row (use
/// and id), so it cannot be copied onto another row or swapped between signing and encryption.
/// </summary>
public sealed class TokenKeySealing(KeyEncryptionKey keyEncryptionKey)
{
    public string KeyEncryptionKeyId => keyEncryptionKey.KeyId;

    public TokenKey Create(TokenKeyUse use, DateTimeOffset createdAt)
    {
        using var rsa = RSA.Create(2048);
        var key = new TokenKey { Id = Guid.CreateVersion7(), Use = use, PrivateKey = "", CreatedAt = createdAt };
        key.PrivateKey = Seal(key, rsa.ExportPkcs8PrivateKeyPem());
        return key;
    }

    /// <summary>Whether the row still holds the plain PEM written before keys were sealed.</summary>
    public static bool IsPlain(TokenKey key) => !KeyEncryptionKey.IsEnvelope(key.PrivateKey);

    /// <summary>Seals a row written before encryption in place (same key, same id: issued tokens stay valid).</summary>
    public void Reseal(TokenKey key)
    {
        if (IsPlain(key)) key.PrivateKey = Seal(key, key.PrivateKey);
    }

    /// <summary>The RSA key; throws <see cref="KeyEncryptionException"/> when sealed under another key-encryption key.</summary>
    public RSA Open(TokenKey key)
    {
        var pem = IsPlain(key) ? key.PrivateKey : Encoding.UTF8.GetString(keyEncryptionKey.Decrypt(key.PrivateKey, Purpose(key)));
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    private string Seal(TokenKey key, string pem) => keyEncryptionKey.Encrypt(Encoding.UTF8.GetBytes(pem), Purpose(key));

    private static string Purpose(TokenKey key) => $"identity-portal/token-key/{key.Use}/{key.Id:N}";
}
