using System.Text.RegularExpressions;

namespace Onboarding.Notification.Phone;

public static partial class PhoneNumbers
{
    /// <summary>E.164: <c>+</c>, a non-zero digit, at most 15 digits in all.</summary>
    public static bool IsE164(string? number) => number is not null && E164().IsMatch(number);

    /// <summary>
    /// Reads an E.164 number from a query string leniently: an unencoded <c>+</c> arrives as a space, and a missing
    /// <c>+</c> is added. Returns null when what remains is not E.164.
    /// </summary>
    public static string? ParseQueryValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var digits = value.Trim();
        var candidate = digits.StartsWith('+') ? digits : "+" + digits;
        return IsE164(candidate) ? candidate : null;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
