using System.Text;

namespace Onboarding.Membership.Domain;

public static class Passcode
{
    /// <summary>The typed code as 6 ASCII digits (full-width digits and spaces accepted), or null.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = string.Concat(input.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
