using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Onboarding.Testing;

/// <summary>
/// What an authenticator app computes (RFC 6238 over RFC 4226): HMAC-SHA1 of the 30-second step count, dynamically
/// truncated to 6 digits; the key is the Base32 text the enrolment page shows. Written here from the RFCs, so that the
/// tests do not trust the console's own code to check itself.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code for the current step moved by <paramref name="steps"/> (the console accepts the steps either side).</summary>
    public static string Code(string base32Key, int steps = 0) => Code(base32Key, DateTimeOffset.UtcNow.AddSeconds(30 * steps));

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }
        return [.. bytes];
    }

}
