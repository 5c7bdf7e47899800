using System.Security.Cryptography;
using System.Text;

namespace Onboarding.WalletSandbox.Domain;

/// <summary>
/// One 認証コード sent to a contact: 6 digits from a CSPRNG, kept only as a salted hash, valid 10 minutes,
/// 5 wrong tries, single use.
/// </summary>
public sealed class LoginChallenge
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(10);
    public const int MaxFailedAttempts = 5;

    private LoginChallenge() { }

    public Guid Id { get; private set; }
    public string Contact { get; private set; } = "";
    public byte[] Salt { get; private set; } = [];
    public byte[] CodeHash { get; private set; } = [];
    public DateTimeOffset ExpiresAt { get; private set; }
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Creates the challenge and returns the plain code, which only the mail (or the phone sink) ever sees.</summary>
    public static (LoginChallenge Challenge, string Code) Issue(WalletContact contact, DateTimeOffset now)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var salt = RandomNumberGenerator.GetBytes(16);
        var challenge = new LoginChallenge
        {
            Id = Guid.CreateVersion7(now),
            Contact = contact.Value,
            Salt = salt,
            CodeHash = Hash(salt, code),
            ExpiresAt = now + Validity,
        };
        return (challenge, code);
    }

    /// <summary>Checks a typed code; every wrong one counts, and the challenge is spent once it succeeds.</summary>
    public LoginCodeCheck Check(string code, DateTimeOffset now)
    {
        if (UsedAt is not null) return LoginCodeCheck.Used;
        if (now >= ExpiresAt) return LoginCodeCheck.Expired;
        if (FailedAttempts >= MaxFailedAttempts) return LoginCodeCheck.TooManyAttempts;
        if (!CryptographicOperations.FixedTimeEquals(Hash(Salt, code), CodeHash))
        {
            FailedAttempts++;
            return FailedAttempts >= MaxFailedAttempts ? LoginCodeCheck.TooManyAttempts : LoginCodeCheck.Wrong;
        }
        UsedAt = now;
        return LoginCodeCheck.Accepted;
    }

    public int RemainingAttempts => Math.Max(0, MaxFailedAttempts - FailedAttempts);

    private static byte[] Hash(byte[] salt, string code) => SHA256.HashData([.. salt, .. Encoding.ASCII.GetBytes(code)]);
}

public enum LoginCodeCheck
{
    Accepted,
    Wrong,
    Expired,
    TooManyAttempts,
    Used,
}
