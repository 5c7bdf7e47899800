using System.Security.Cryptography;
using System.Text;

namespace Onboarding.IdentityPortal.Domain;

public static class VerificationCode
{
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    /// <summary>The typed code as 6 ASCII digits (full-width digits and spaces accepted), or null.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = string.Concat(input.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}

/// <summary>
/// Codes are stored as HMAC-SHA256 under a server secret (<c>Portal:CodeKey</c>), bound to the code's id. Six digits
/// are only a million values, so a plain hash would fall to brute force; the key keeps a stolen table useless.
/// </summary>
public sealed class VerificationCodeHasher(byte[] key)
{
    public const int MinimumKeyLength = 32;

    public byte[] Hash(Guid codeId, string code) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{codeId:N}:{code}"));

    public bool Matches(Guid codeId, string code, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(codeId, code), storedHash);

    /// <summary>
    /// What is stored for a code that was never sent (a sign-in for an address without an account): as costly as
    /// <see cref="Hash"/> and the same size, but keyed over text that is not six digits, so no typed code can match it.
    /// </summary>
    public byte[] Unmatchable(Guid codeId) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{codeId:N}:never-sent"));

    /// <summary>
    /// A normalised address as a keyed hash: what the sign-in lock-out counts by, without keeping typed addresses.
    /// One key per mailbox (<see cref="MailboxAddress"/>), so changing the case of a letter is not a fresh lock-out.
    /// </summary>
    public byte[] AddressKey(string email) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"sign-in-address:{MailboxAddress.Key(email)}"));
}
