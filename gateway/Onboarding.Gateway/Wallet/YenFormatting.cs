using System.Globalization;
using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.Wallet;

/// <summary>Amounts as members read them: digit grouping, the sign in front (<c>-500円</c>, <c>-¥500</c>), no decimals unless there are some.</summary>
public static class YenFormatting
{
    public static string Format(decimal amount, UiLanguage text, CultureInfo culture, bool signed = false)
    {
        var digits = Math.Abs(amount).ToString("#,0.##", culture);
        var sign = amount < 0 ? "-" : signed && amount > 0 ? "+" : "";
        // The sign goes before the currency mark too (-¥500, not ¥-500), so it is added outside the format.
        return sign + string.Format(culture, text[UiText.YenFormat], digits);
    }
}
