namespace Onboarding.IdentityPortal.Tokens;

/// <summary>An RSA key OpenIddict signs access tokens or encrypts its own tokens with, kept in the database.</summary>
public sealed class TokenKey
{
    public Guid Id { get; init; }
    public TokenKeyUse Use { get; init; }
    public required string PrivateKeyPem { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public enum TokenKeyUse
{
    Signing,
    Encryption,
}
