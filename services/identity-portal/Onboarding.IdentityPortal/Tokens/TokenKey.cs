namespace Onboarding.IdentityPortal.Tokens;

/// <summary>An RSA key OpenIddict signs access tokens or encrypts its own tokens with, kept in the database.</summary>
public sealed class TokenKey
{
    public Guid Id { get; init; }
    public TokenKeyUse Use { get; init; }

    /// <summary>
    /// The PKCS#8 private key sealed under the key-encryption key (a <c>kek1:</c> envelope, see
    /// <see cref="TokenKeySealing"/>); rows written before encryption held the plain PEM until re-sealed at start.
    /// </summary>
    public required string PrivateKey { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public enum TokenKeyUse
{
    Signing,
    Encryption,
}
