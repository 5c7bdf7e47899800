using System.Security.Cryptography;
using System.Text;

namespace Onboarding.WalletLink.Domain;

/// <summary>
/// One hand-over to the provider (RFC 9700): a one-time <c>state</c> bound to the member, the PKCE verifier whose
/// S256 challenge went with it, and where the member returns. Valid 10 minutes, used once.
/// </summary>
public sealed class LinkAttempt
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Guid Id { get; init; }
    public Guid MemberId { get; init; }

    /// <summary>SHA-256 of the state: the state itself only travels in the member's browser.</summary>
    public required byte[] StateHash { get; init; }

    /// <summary>The PKCE code verifier, encrypted with Data Protection.</summary>
    public required string ProtectedCodeVerifier { get; init; }
    public required string ReturnPath { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; private set; }

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Use(DateTimeOffset now) => UsedAt = now;

    public static byte[] HashState(string state) => SHA256.HashData(Encoding.ASCII.GetBytes(state));

    /// <summary>32 random bytes, base64url: the state and the code verifier (43 characters, RFC 7636 §4.1).</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string S256Challenge(string codeVerifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
