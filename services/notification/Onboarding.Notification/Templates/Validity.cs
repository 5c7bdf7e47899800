using System.Globalization;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>How long a code is still valid, in words: 「15分」, "15 minutes", "1 minute".</summary>
internal static class Validity
{
    private static readonly LocalizedText OneMinute = new("{0}分", "{0} minute");

    private static readonly LocalizedText Minutes = new("{0}分", "{0} minutes");

    public static string Of(DateTimeOffset expiresAt, DateTimeOffset now, CultureInfo culture)
    {
        var minutes = JapanTime.MinutesUntil(expiresAt, now);
        return (minutes == 1 ? OneMinute : Minutes).Format(culture, minutes);
    }
}
