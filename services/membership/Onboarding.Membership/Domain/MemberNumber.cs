using System.Text;

namespace Onboarding.Membership.Domain;

/// <summary>
/// The 12-digit co-op member number (組合員番号) from the paper notice. Members type it with full-width digits,
/// spaces and all kinds of dashes; we accept those and then insist on exactly 12 ASCII digits (docs/architecture.md §6.1).
/// </summary>
public static class MemberNumber
{
    public const int Length = 12;

    /// <summary>Dashes and long-vowel marks people type between digit groups (NFKC leaves some of them alone).</summary>
    private static readonly HashSet<char> Separators = ['-', 'ー', '‐', '‑', '‒', '–', '—', '―', '−', '－', '﹣', 'ｰ', '_'];

    /// <summary>NFKC, then spaces and dash variants removed. What is left is not yet checked.</summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input)) return "";
        var text = input.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character) || Separators.Contains(character)) continue;
            kept.Append(character);
        }
        return kept.ToString();
    }

    /// <summary>The normalised number when it is exactly 12 ASCII digits; otherwise null.</summary>
    public static string? Parse(string? input)
    {
        var normalized = Normalize(input);
        return normalized.Length == Length && normalized.All(char.IsAsciiDigit) ? normalized : null;
    }
}
