namespace Onboarding.Membership.Domain;

/// <summary>Birth dates are calendar dates in Japan: real, and not after today in Japan Standard Time.</summary>
public static class BirthDate
{
    private static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>The oldest birth year the form offers; the roster has no members born earlier.</summary>
    public const int EarliestYear = 1900;

    public static DateOnly TodayInJapan(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Japan).DateTime);

    /// <summary>The date when <paramref name="input"/> is ISO 8601 (yyyy-MM-dd), real and not in the future; else null.</summary>
    public static DateOnly? Parse(string? input, TimeProvider clock)
    {
        if (!DateOnly.TryParseExact(input?.Trim(), "yyyy-MM-dd", out var date)) return null;
        if (date.Year < EarliestYear || date > TodayInJapan(clock)) return null;
        return date;
    }
}
