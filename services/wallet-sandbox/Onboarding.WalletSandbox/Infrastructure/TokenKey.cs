namespace Onboarding.WalletSandbox.Infrastructure;

/// <summary>
/// An RSA key OpenIddict signs or encrypts tokens with, kept in the database so tokens issued before a restart
/// stay valid after it. Only acceptable because the sandbox is a dev/test stand-in: a real provider keeps keys in a vault.
/// </summary>
public sealed class TokenKey
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";

    public int Id { get; set; }
    public string Purpose { get; set; } = "";
    /// <summary>The private key as PKCS#8.</summary>
    public byte[] Pkcs8 { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
