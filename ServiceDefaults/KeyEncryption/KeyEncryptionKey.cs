using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Onboarding.ServiceDefaults.KeyEncryption;

/// <summary>
/// The one way key material (token signing keys, Data Protection key rings) is kept at rest: sealed with AES-256-GCM
/// under a key-encryption key that lives in configuration (<c>KeyEncryption:Key</c>, an Aspire secret parameter), never
/// in the database beside what it protects. An envelope reads <c>kek1:&lt;key id&gt;:&lt;base64 nonce|tag|ciphertext&gt;</c>;
/// the key id (a fingerprint, not the key) says at once when a service is started with another key, and the purpose
/// is authenticated too, so an envelope cannot be moved to another use or row.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const string ConfigurationKey = "KeyEncryption:Key";
    private const string Prefix = "kek1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int MinimumSecretLength = 16;

    private readonly byte[] _key;

    public KeyEncryptionKey(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumSecretLength)
        {
            throw new KeyEncryptionException(
                $"The key-encryption key '{ConfigurationKey}' must be at least {MinimumSecretLength} characters.");
        }
        // The parameter is a random string, not 32 raw bytes: HKDF turns it into an AES-256 key.
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: [], info: "onboarding/key-encryption/v1"u8.ToArray());
        KeyId = Convert.ToHexStringLower(HMACSHA256.HashData(_key, "key-id"u8)[..4]);
    }

    /// <summary>A short fingerprint of the key, safe to log, stored in every envelope.</summary>
    public string KeyId { get; }

    public static KeyEncryptionKey FromConfiguration(IConfiguration configuration) =>
        new(configuration[ConfigurationKey] is { Length: > 0 } secret ? secret
            : throw new KeyEncryptionException(
                $"'{ConfigurationKey}' is not configured. Key material is stored encrypted under it; give the service the " +
                "same key-encryption key it was first started with (the AppHost passes its '<service>-key-encryption-key' parameter)."));

    public static bool IsEnvelope(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal);

    public string Encrypt(ReadOnlySpan<byte> plaintext, string purpose)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return $"{Prefix}{KeyId}:{Convert.ToBase64String(sealedBytes)}";
    }

    public byte[] Decrypt(string envelope, string purpose)
    {
        var parts = IsEnvelope(envelope) ? envelope[Prefix.Length..].Split(':', 2) : [];
        if (parts.Length != 2)
        {
            throw new KeyEncryptionException($"Stored key material for '{purpose}' is not an encrypted envelope.");
        }
        if (parts[0] != KeyId)
        {
            throw new KeyEncryptionException(
                $"Stored key material for '{purpose}' was encrypted under key-encryption key {parts[0]}, but '{ConfigurationKey}' " +
                $"is key {KeyId}. Start the service with the key it was encrypted under; no new keys are made in its place.");
        }
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException exception)
        {
            throw new KeyEncryptionException($"Stored key material for '{purpose}' is damaged.", exception);
        }
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new KeyEncryptionException($"Stored key material for '{purpose}' is damaged.");
        }
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(purpose));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new KeyEncryptionException($"Stored key material for '{purpose}' was altered or belongs elsewhere.", exception);
        }
        return plaintext;
    }
}

/// <summary>Key material that cannot be sealed or opened with the configured key-encryption key: a start-up error.</summary>
public sealed class KeyEncryptionException(string message, Exception? innerException = null) : InvalidOperationException(message, innerException);
