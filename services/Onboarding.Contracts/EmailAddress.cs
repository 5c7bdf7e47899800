using System.Net.Mail;
using System.Text;

namespace Onboarding.Contracts;

/// <summary>
/// E-mail addresses as docs/architecture.md §6.1 wants them: NFKC (full-width letters become ASCII), trimmed, the domain
/// lower-cased, at most 254 characters, plain ASCII with one @ and a dotted domain. Every address in our events is in
/// this form, and every service that compares addresses with them (identity-portal's sign-up with the address of
/// <c>MemberEmailConfirmed</c>) normalises with this same rule — which is why it lives in the contracts package.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>The normalised address, or null when it is not a usable address.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var text = input.Normalize(NormalizationForm.FormKC).Trim();
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1) return null;

        var address = string.Concat(text.AsSpan(0, at + 1), text[(at + 1)..].ToLowerInvariant());
        if (address.Length > MaxLength || !address.All(c => c is > ' ' and < (char)127)) return null;
        if (address.Count(c => c == '@') != 1) return null;

        var domain = address[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..")) return null;
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address) return null;
        return address;
    }

    /// <summary>
    /// The masking of docs/architecture.md §6.1 for a normalised address: the first 3 characters of the local part, then
    /// <c>*****</c>, the domain shown (<c>sho*****@univcoop-tokai.jp</c>).
    /// </summary>
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0) return "*****";
        return string.Concat(email.AsSpan(0, Math.Min(3, at)), "*****", email.AsSpan(at));
    }
}
