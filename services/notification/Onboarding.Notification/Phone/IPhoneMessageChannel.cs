using Onboarding.Contracts.Commands;

namespace Onboarding.Notification.Phone;

/// <summary>
/// A message for a phone: an SMS text, or the script a voice call reads aloud (in <paramref name="LanguageTag"/>,
/// e.g. <c>ja-JP</c>, so a provider can pick the text-to-speech voice). <paramref name="SpokenParts"/> is the same
/// script in sentences, for a provider that can pause between them; <paramref name="Text"/> is their concatenation.
/// <paramref name="MessageId"/> is the command's id (the delivery log's key).
/// </summary>
public sealed record OutgoingPhoneMessage(
    PhoneChannel Channel, string ToE164, string Text, string LanguageTag, Guid MessageId, IReadOnlyList<string>? SpokenParts = null);

/// <summary>
/// SMS and voice calls behind one interface, chosen by configuration (<see cref="PhoneChannelRegistration"/>):
/// <see cref="DevelopmentPhoneSink"/>, which stores each message in the notification database and shows it over
/// HTTP, or <see cref="TwilioPhoneChannel"/>.
/// <para>
/// How an adapter reports failures, the one rule <see cref="PhoneDispatcher"/> applies: an <see cref="ArgumentException"/>
/// (<see cref="PhoneNumberUndeliverableException"/>) when the number cannot be reached this way on any retry
/// (recorded as a permanent failure, not retried); anything else is retried — a
/// <see cref="Dispatch.RetryableDeliveryException"/> can say how long to wait. Keep the number and the text out of
/// exception messages and logs.
/// </para>
/// </summary>
public interface IPhoneMessageChannel
{
    /// <summary>Hands the message to the provider; returns once the provider accepted it.</summary>
    Task SendAsync(OutgoingPhoneMessage message, CancellationToken cancellationToken);
}

/// <summary>No SMS/voice channel is configured: the service refuses to start rather than drop phone codes.</summary>
public sealed class PhoneChannelNotConfiguredException()
    : InvalidOperationException(
        "No phone channel is configured, so STEP 2 phone codes could not be sent: set Notification:TwilioPhone "
        + "(AccountSid and AuthToken from secrets, From) or, in development only, Notification:PhoneSink:Enabled=true.");
