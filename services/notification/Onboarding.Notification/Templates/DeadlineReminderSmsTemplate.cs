using System.Globalization;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// A wave's reminder by SMS: the last day, the next step in the notice's words (the reminder mail's,
/// <see cref="DeadlineReminderTemplate"/>) and the link to its page, nothing more. Japanese is sent as UCS-2, 70
/// characters to a segment: the text around the link takes at most 47, so a step page URL of up to 23 characters keeps
/// it to one segment; a longer one makes two (67 each), never three.
/// </summary>
public static class DeadlineReminderSmsTemplate
{
    public const string Name = "deadline-reminder-sms";

    /// <summary>One UCS-2 SMS segment, in characters.</summary>
    public const int SegmentLength = 70;

    // {0} the last day, {1} the next step's name, {2} its page. No year: a wave is at most weeks before the day.
    private static readonly LocalizedText Sms = new(
        "【大学生協】電子マネーの移行手続きは{0}まで。次は{1}\n{2}",
        "University Co-op: finish the e-money transfer by {0}. Next: {1}\n{2}");

    private static readonly LocalizedText DatePattern = new("M月d日", "d MMMM");

    public static string Render(SendDeadlineReminderSms command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var lastDay = command.LastDay.ToString(DatePattern.In(culture), CultureInfo.InvariantCulture);
        return Sms.Format(culture, lastDay, DeadlineReminderTemplate.StepName(command.NextStep, culture), command.StepPageUrl);
    }

    /// <summary>
    /// When the reminder stops making sense: the end of the last day in Japan (the next day's 00:00 JST, fixed +09:00
    /// since Japan has had no daylight saving time since 1951). A reminder delayed past it is not sent.
    /// </summary>
    public static DateTimeOffset ExpiresAt(SendDeadlineReminderSms command) =>
        new(command.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));
}
