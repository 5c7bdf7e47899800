using System.Net.Mail;
using System.Text;

namespace Onboarding.WalletSandbox.Domain;

/// <summary>What a member types on the login page: an e-mail address or a Japanese phone number, normalised.</summary>
public sealed record WalletContact(string Value, bool IsEmail)
{
    private const int MaxEmailLength = 254;
    private static readonly char[] PhoneSeparators = [' ', '-', 'ー', '‐', '−', '―', '(', ')'];

    /// <summary>Normalises the input (NFKC, so full-width characters work); null when it is neither form.</summary>
    public static WalletContact? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var text = input.Normalize(NormalizationForm.FormKC).Trim();
        return text.Contains('@') ? ParseEmail(text) : ParsePhone(text);
    }

    /// <summary>For pages and logs: the first 3 characters of the local part, or the last 4 digits of a phone number.</summary>
    public string Masked => IsEmail
        ? $"{Value[..Math.Min(3, Value.IndexOf('@'))]}*****{Value[Value.IndexOf('@')..]}"
        : $"*******{Value[^4..]}";

    private static WalletContact? ParseEmail(string text)
    {
        if (text.Length > MaxEmailLength || !text.All(char.IsAscii) || text.Any(char.IsWhiteSpace)) return null;
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text) return null;
        var at = text.LastIndexOf('@');
        if (!text[(at + 1)..].Contains('.')) return null;
        return new WalletContact(text[..at] + text[at..].ToLowerInvariant(), IsEmail: true);
    }

    private static WalletContact? ParsePhone(string text)
    {
        var compact = string.Concat(text.Split(PhoneSeparators, StringSplitOptions.RemoveEmptyEntries));
        string national;
        if (compact.StartsWith("+81", StringComparison.Ordinal)) national = compact[3..];
        else if (compact.StartsWith('0')) national = compact[1..];
        else return null;
        if (national.StartsWith('0') || national.Length is < 9 or > 10 || !national.All(char.IsAsciiDigit)) return null;
        return new WalletContact("+81" + national, IsEmail: false);
    }
}
