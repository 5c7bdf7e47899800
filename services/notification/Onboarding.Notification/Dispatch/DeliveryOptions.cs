namespace Onboarding.Notification.Dispatch;

/// <summary>
/// Configuration section <c>Notification:Delivery</c>: how often a transient failure (mail server unreachable,
/// SMTP 4xx) is retried within one attempt of the bus before the command is handed back to MassTransit's retry.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notification:Delivery";

    /// <summary>Retries after the first try, within one consume attempt.</summary>
    public int RetryAttempts { get; set; } = 2;

    /// <summary>First wait between tries; doubles per retry, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait a provider's <c>Retry-After</c> gets within one consume attempt; a longer request is cut to
    /// this, and the bus's own retry (minutes apart) covers the rest.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
