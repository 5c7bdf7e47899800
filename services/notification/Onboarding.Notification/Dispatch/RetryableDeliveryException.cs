namespace Onboarding.Notification.Dispatch;

/// <summary>
/// A failure worth retrying, possibly with the wait its source asked for (HTTP <c>Retry-After</c>):
/// <see cref="DeliveryRunner"/> waits that long, up to <see cref="DeliveryOptions.MaxRetryAfter"/>, before the next
/// try instead of its own backoff. The message is what the delivery log and the logs show: no address, no code.
/// </summary>
public class RetryableDeliveryException(string reason, TimeSpan? retryAfter = null) : Exception(reason)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
