using System.Security.Cryptography;
using System.Text;

namespace Onboarding.Membership.Domain;

/// <summary>
/// Passcodes are stored as HMAC-SHA256 under a server secret (<c>Membership:PasscodeKey</c>), bound to the
/// challenge id. Six digits are only a million values, so a plain hash would fall to brute force; the key keeps a
/// stolen table useless.
/// </summary>
public sealed class PasscodeHasher(byte[] key)
{
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    public byte[] Hash(Guid challengeId, string code) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{challengeId:N}:{code}"));

    public bool Matches(Guid challengeId, string code, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(challengeId, code), storedHash);
}
