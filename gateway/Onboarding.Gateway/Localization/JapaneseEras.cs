namespace Onboarding.Gateway.Localization;

/// <summary>
/// 和暦 hints for the birth-year select ("2004年（平成16年）"): members often know their birth year by era, while the
/// service takes the Western year. A year in which the era changed shows both ("2019年（平成31年／令和元年）").
/// </summary>
public static class JapaneseEras
{
    private sealed record Era(DateOnly Start, Func<UiLanguage, string> Name);

    // Start dates of the modern eras; each runs until the next one starts.
    private static readonly Era[] Eras =
    [
        new(new DateOnly(1868, 10, 23), text => text[UiText.EraMeiji]),
        new(new DateOnly(1912, 7, 30), text => text[UiText.EraTaisho]),
        new(new DateOnly(1926, 12, 25), text => text[UiText.EraShowa]),
        new(new DateOnly(1989, 1, 8), text => text[UiText.EraHeisei]),
        new(new DateOnly(2019, 5, 1), text => text[UiText.EraReiwa]),
    ];

    /// <summary>The option text for <paramref name="year"/>, e.g. <c>2004年（平成16年）</c> / <c>2004 (Heisei 16)</c>.</summary>
    public static string YearOption(int year, UiLanguage text)
    {
        var eras = EraYears(year, text);
        return eras.Count == 0
            ? year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, text[UiText.BirthYearOptionFormat], year, string.Join(text[UiText.EraSeparator], eras));
    }

    /// <summary>Every era year that <paramref name="year"/> falls in, oldest first ("平成31年", "令和元年").</summary>
    public static IReadOnlyList<string> EraYears(int year, UiLanguage text)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var result = new List<string>(2);
        for (var i = 0; i < Eras.Length; i++)
        {
            var era = Eras[i];
            var end = i + 1 < Eras.Length ? Eras[i + 1].Start.AddDays(-1) : DateOnly.MaxValue;
            if (era.Start > last || end < first)
            {
                continue;
            }
            var eraYear = year - era.Start.Year + 1;
            var number = eraYear == 1 ? text[UiText.EraFirstYear] : eraYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, text[UiText.EraYearFormat], era.Name(text), number));
        }
        return result;
    }
}
