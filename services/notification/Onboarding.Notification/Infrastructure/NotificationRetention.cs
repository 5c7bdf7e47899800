using Onboarding.Messaging.Retention;

namespace Onboarding.Notification.Infrastructure;

/// <summary>How long notification keeps its delivery log and the development phone sink (docs/architecture.md, Retention).</summary>
public static class NotificationRetention
{
    /// <summary>
    /// The delivery log answers "did my mail go out?" for the help desk and makes a redelivered command send nothing
    /// twice; a month covers both (the last redelivery comes within hours) without keeping a record of every mail for ever.
    /// </summary>
    public static readonly TimeSpan DeliveryLogKeep = TimeSpan.FromDays(30);

    /// <summary>
    /// The phone sink holds numbers and codes in clear (development and tests only); a code lives 10 minutes, so an
    /// hour is plenty to read it.
    /// </summary>
    public static readonly TimeSpan PhoneSinkKeep = TimeSpan.FromHours(1);

    public static IHostApplicationBuilder AddNotificationRetention(this IHostApplicationBuilder builder) =>
        builder.AddRetention<NotificationDbContext>(rules => rules
            .Prune<Delivery>("deliveries", DeliveryLogKeep, at => d => d.QueuedAt < at.Cutoff)
            .Prune<PhoneMessage>("phone_messages", PhoneSinkKeep, at => m => m.CreatedAt < at.Cutoff));
}
