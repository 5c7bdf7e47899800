using System.Globalization;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Domain;

/// <summary>Deadlines in messages are shown in Japan time, where every member is, whatever the server's zone.</summary>
public static class JapanTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToJapan(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    // Patterns, not the culture's own formats: the wording around them expects exactly these.
    private static readonly LocalizedText Pattern = new("yyyy年M月d日 H:mm", "HH:mm 'JST on' d MMMM yyyy");

    /// <summary><c>2026年11月25日 6:45</c> / <c>06:45 JST on 25 November 2026</c></summary>
    public static string Format(DateTimeOffset instant, CultureInfo culture) =>
        ToJapan(instant).ToString(Pattern.In(culture), CultureInfo.InvariantCulture);

    /// <summary>
    /// Whole minutes from <paramref name="now"/> until <paramref name="expiresAt"/>, rounded to the nearest minute
    /// (a code issued for 15 minutes and mailed a second later still reads 15), at least 1.
    /// The message also states the exact deadline.
    /// </summary>
    public static int MinutesUntil(DateTimeOffset expiresAt, DateTimeOffset now) =>
        Math.Max(1, (int)Math.Round((expiresAt - now).TotalMinutes, MidpointRounding.AwayFromZero));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // No tz database (minimal containers): Japan has had no daylight saving time since 1951.
            return TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "Japan Standard Time", "JST");
        }
    }
}
