using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Phone;

/// <summary>
/// Twilio's delivery status callbacks: where we ask for them, and what their statuses mean. The URL carries the
/// command id (the delivery log's key, not personal data), so a callback that arrives before anything else finds its
/// row. Statuses can arrive out of order; <see cref="TwilioStatusCallback.Rank"/> keeps a later stage from being overwritten by an earlier one.
/// </summary>
public static class TwilioStatusCallback
{
    public const string RoutePattern = "/api/notification/twilio/status/{commandId:guid}";

    public static string UrlFor(Uri publicBaseUrl, Guid commandId) =>
        $"{publicBaseUrl.AbsoluteUri.TrimEnd('/')}/api/notification/twilio/status/{commandId:D}";

    // Message statuses (Messages resource) and call statuses (Calls resource) by stage: 0 waiting, 1 under way,
    // 2 handed to the carrier, 3 final.
    private static readonly Dictionary<string, int> MessageStages = new(StringComparer.Ordinal)
    {
        ["queued"] = 0, ["accepted"] = 0, ["scheduled"] = 0,
        ["sending"] = 1,
        ["sent"] = 2,
        ["delivered"] = 3, ["undelivered"] = 3, ["failed"] = 3, ["canceled"] = 3, ["partially_delivered"] = 3,
        ["read"] = 4,
    };

    private static readonly Dictionary<string, int> CallStages = new(StringComparer.Ordinal)
    {
        ["queued"] = 0,
        ["initiated"] = 1, ["ringing"] = 1, ["in-progress"] = 1,
        ["completed"] = 3, ["busy"] = 3, ["no-answer"] = 3, ["failed"] = 3, ["canceled"] = 3,
    };

    public static bool IsKnown(DeliveryChannel channel, string status) => Stages(channel).ContainsKey(status);

    /// <summary>How far along a status is; an unknown status ranks lowest.</summary>
    public static int Rank(DeliveryChannel channel, string? status) =>
        status is not null && Stages(channel).TryGetValue(status, out var stage) ? stage : -1;

    private static Dictionary<string, int> Stages(DeliveryChannel channel) => channel == DeliveryChannel.Voice ? CallStages : MessageStages;
}
