using System.Diagnostics.Metrics;
using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// What operators watch: mails sent and failed (by template and kind of failure), phone messages sent and failed
/// (by channel), and redelivered commands that found their message already sent.
/// </summary>
public static class NotificationMetrics
{
    public const string MeterName = "Onboarding.Notification";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> EmailsSent =
        Meter.CreateCounter<long>("onboarding.notification.emails.sent", "{mail}", "Mails the SMTP server accepted");

    public static readonly Counter<long> EmailsFailed =
        Meter.CreateCounter<long>("onboarding.notification.emails.failed", "{mail}",
            "Mails that failed: permanently (rejected, expired) or after the transient retries of one attempt");

    public static readonly Counter<long> PhoneMessagesSent =
        Meter.CreateCounter<long>("onboarding.notification.phone_messages.sent", "{message}", "SMS and voice calls the phone channel accepted");

    public static readonly Counter<long> PhoneMessagesFailed =
        Meter.CreateCounter<long>("onboarding.notification.phone_messages.failed", "{message}", "SMS and voice calls that failed");

    public static readonly Counter<long> PhoneProviderStatuses =
        Meter.CreateCounter<long>("onboarding.notification.phone_messages.provider_status", "{report}",
            "Status callbacks recorded from the phone provider (delivered, undelivered, no-answer, ...)");

    public static readonly Counter<long> DuplicatesSkipped =
        Meter.CreateCounter<long>("onboarding.notification.duplicates_skipped", "{command}",
            "Redelivered commands whose message had already been sent");

    public static void RecordSent(DeliveryTicket ticket)
    {
        if (ticket.Channel == DeliveryChannel.Email)
            EmailsSent.Add(1, new KeyValuePair<string, object?>("template", ticket.Template));
        else
            PhoneMessagesSent.Add(1, new KeyValuePair<string, object?>("channel", Channel(ticket)));
    }

    /// <param name="kind"><c>permanent</c>, <c>transient</c> or <c>expired</c>.</param>
    public static void RecordFailed(DeliveryTicket ticket, string kind)
    {
        var kindTag = new KeyValuePair<string, object?>("kind", kind);
        if (ticket.Channel == DeliveryChannel.Email)
            EmailsFailed.Add(1, new KeyValuePair<string, object?>("template", ticket.Template), kindTag);
        else
            PhoneMessagesFailed.Add(1, new KeyValuePair<string, object?>("channel", Channel(ticket)), kindTag);
    }

    public static void RecordProviderStatus(DeliveryChannel channel, string status) =>
        PhoneProviderStatuses.Add(1,
            new KeyValuePair<string, object?>("channel", channel.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("status", status));

    public static void RecordDuplicate(DeliveryTicket ticket) =>
        DuplicatesSkipped.Add(1, new KeyValuePair<string, object?>("template", ticket.Template));

    private static string Channel(DeliveryTicket ticket) => ticket.Channel.ToString().ToLowerInvariant();
}
