using System.Text;
using Onboarding.Contracts.Commands;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// What staff type to find a member by phone (the help desk, docs/architecture.md §9.9): a whole Japanese number in any
/// form <see cref="JapanesePhoneNumber"/> reads, or its last 4 to 11 digits (dashes and spaces allowed). Either way the
/// search is "the stored E.164 number ends with these characters", so one index (over the reversed number) serves both.
/// </summary>
public sealed record PhoneSearchTerm(string Suffix, bool WholeNumber)
{
    public const int MinimumDigits = 4;
    public const int MaximumDigits = 11;

    private static readonly char[] Separators = ['-', ' ', '(', ')', 'ー', '‐', '−', '―', '－', '–', '—', 'ｰ'];

    /// <summary>The term, or null when it is neither a number nor 4–11 digits.</summary>
    public static PhoneSearchTerm? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40) return null;
        // A whole number: matched exactly (its E.164 form, "+81…", is the suffix of only itself).
        var (number, _) = JapanesePhoneNumber.Parse(input, PhoneChannel.Voice);
        if (number is not null) return new PhoneSearchTerm(number.E164, WholeNumber: true);

        var text = input.Normalize(NormalizationForm.FormKC);
        var digits = string.Concat(text.Where(c => !Separators.Contains(c)));
        if (digits.Length is < MinimumDigits or > MaximumDigits || !digits.All(char.IsAsciiDigit)) return null;
        return new PhoneSearchTerm(digits, WholeNumber: false);
    }

    /// <summary>
    /// The <c>LIKE</c> pattern over <c>reverse(phone_number)</c>: a prefix, which a <c>text_pattern_ops</c> index answers
    /// by a range scan. Only digits and <c>+</c>, so nothing in it is a <c>LIKE</c> wildcard.
    /// </summary>
    public string ReversedPrefixPattern => new string(Suffix.Reverse().ToArray()) + "%";
}
