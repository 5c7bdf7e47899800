using System.Globalization;
using System.Text;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>The password and name rules of docs/architecture.md §6.1. Each returns a field error key, or null when the input is fine.</summary>
public static class ProfileRules
{
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 64;
    public const int NameMaxLength = 50;

    /// <summary>Below this length the e-mail's local part is only refused as the whole password, not as a part of it.</summary>
    public const int MinLocalPartForContains = 3;

    public static string? CheckPassword(string? password, string email)
    {
        if (string.IsNullOrEmpty(password)) return "password.required";
        var length = new StringInfo(password).LengthInTextElements;
        if (length < PasswordMinLength) return "password.too_short";
        if (length > PasswordMaxLength) return "password.too_long";
        var localPart = email[..Math.Max(0, email.LastIndexOf('@'))];
        if (localPart.Length > 0 && (password.Equals(localPart, StringComparison.OrdinalIgnoreCase)
            || (localPart.Length >= MinLocalPartForContains && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))))
        {
            return "password.contains_email";
        }
        var kinds = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return kinds < 2 ? "password.too_simple" : null;
    }

    /// <summary>NFKC, trimmed; null when empty.</summary>
    public static string? NormalizeName(string? name)
    {
        if (name is null) return null;
        var normalized = name.Normalize(NormalizationForm.FormKC).Trim();
        return normalized.Length == 0 ? null : normalized;
    }

    public static string? CheckName(string field, string? normalized)
    {
        if (normalized is null) return $"{field}.required";
        if (new StringInfo(normalized).LengthInTextElements > NameMaxLength) return $"{field}.too_long";
        if (normalized.Any(char.IsControl)) return $"{field}.invalid";
        return null;
    }
}
