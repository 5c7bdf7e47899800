using Onboarding.Notification.Dispatch;

namespace Onboarding.Notification.Phone;

/// <summary>
/// The number cannot be reached this way, on any retry (not a valid number, not a mobile for SMS, unsubscribed):
/// recorded as a permanent failure and not retried. An <see cref="ArgumentException"/>, because that is what
/// <see cref="PhoneDispatcher"/> treats as permanent for every channel. The reason names the provider's code and says
/// in plain words what the member must change; it never quotes the number.
/// </summary>
public sealed class PhoneNumberUndeliverableException(string reason, int? providerCode = null) : ArgumentException(reason)
{
    public int? ProviderCode { get; } = providerCode;
}

/// <summary>
/// The provider could not take the message now: rate limited, its own outage, unreachable — or our account was
/// refused (<see cref="PhoneProviderUnavailableException.IsOperatorProblem"/>: bad credentials, sender or region not enabled), which an operator fixes
/// while the command waits for its retries. Never the member's fault, so always retried.
/// </summary>
public sealed class PhoneProviderUnavailableException(string reason, TimeSpan? retryAfter, bool isOperatorProblem)
    : RetryableDeliveryException(reason, retryAfter)
{
    public bool IsOperatorProblem { get; } = isOperatorProblem;
}
