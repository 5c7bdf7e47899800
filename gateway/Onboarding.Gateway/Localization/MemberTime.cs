using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Times as members read them: in Japan time (every co-op is in Japan, whatever the server's zone), in the member's
/// language, with the exact instant for machines in a <c>&lt;time&gt;</c> element.
/// </summary>
public static class MemberTime
{
    public static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static DateTimeOffset InJapan(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Japan);

    /// <summary>
    /// <c>14:32</c> / <c>2:32 PM</c> when <paramref name="instant"/> is later today in Japan, otherwise with the date
    /// (<c>11月26日 14:32</c> / <c>Nov 26, 2:32 PM</c>).
    /// </summary>
    public static string Format(DateTimeOffset instant, DateTimeOffset now, UiLanguage text, CultureInfo culture)
    {
        var local = InJapan(instant);
        var pattern = local.Date == InJapan(now).Date ? text[UiText.TimePattern] : text[UiText.DateTimePattern];
        return local.ToString(pattern, culture);
    }

    public static IHtmlContent Element(DateTimeOffset instant, DateTimeOffset now, UiLanguage text, CultureInfo culture)
    {
        var element = new TagBuilder("time");
        element.Attributes["datetime"] = instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        element.AddCssClass("time");
        element.InnerHtml.Append(Format(instant, now, text, culture));
        return element;
    }

    /// <summary>A wait in the largest unit that reads naturally: seconds under a minute, minutes under an hour, else hours.</summary>
    public static string Duration(TimeSpan wait, UiLanguage text)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 60)
        {
            return Count(seconds, text[UiText.DurationOneSecond], text[UiText.DurationSecondsFormat]);
        }
        var minutes = (int)Math.Ceiling(seconds / 60.0);
        if (minutes < 60)
        {
            return Count(minutes, text[UiText.DurationOneMinute], text[UiText.DurationMinutesFormat]);
        }
        var hours = Math.Max(1, (int)Math.Round(minutes / 60.0, MidpointRounding.AwayFromZero));
        return Count(hours, text[UiText.DurationOneHour], text[UiText.DurationHoursFormat]);
    }

    private static string Count(int count, string one, string many) =>
        count == 1 ? one : string.Format(CultureInfo.InvariantCulture, many, count);
}
