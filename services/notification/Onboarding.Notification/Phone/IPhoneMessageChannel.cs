using Onboarding.Contracts.Commands;

namespace Onboarding.Notification.Phone;

/// <summary>
/// A message for a phone: an SMS text, or the script a voice call reads aloud (in <paramref name="LanguageTag"/>,
/// e.g. <c>ja-JP</c>, so a provider can pick the text-to-speech voice).
/// </summary>
public sealed record OutgoingPhoneMessage(PhoneChannel Channel, string ToE164, string Text, string LanguageTag, Guid MessageId);

/// <summary>
/// SMS and voice calls behind one interface. Development and tests use <see cref="DevelopmentPhoneSink"/>, which
/// stores each message in the notification database and shows it over HTTP.
/// <para>
/// A real provider plugs in here: implement this interface in an adapter class (Phone/&lt;Provider&gt;PhoneChannel.cs)
/// that calls the provider's SMS and voice APIs through an <c>HttpClient</c> registered with
/// <c>AddHttpClient&lt;TAdapter&gt;()</c> (ServiceDefaults adds the standard resilience handler), takes its base URL and
/// credentials from a configuration section such as <c>Notification:PhoneProvider</c>, and is registered as
/// <see cref="IPhoneMessageChannel"/> in <c>AddApplicationServices</c> when that section is present. Throw an
/// <see cref="ArgumentException"/> for a number the provider rejects (recorded as a permanent failure) and
/// anything else for failures worth retrying; keep the number and the text out of exception messages and logs.
/// </para>
/// </summary>
public interface IPhoneMessageChannel
{
    /// <summary>Hands the message to the provider; returns once the provider accepted it.</summary>
    Task SendAsync(OutgoingPhoneMessage message, CancellationToken cancellationToken);
}

/// <summary>No SMS/voice channel is configured: neither the development sink nor a provider adapter.</summary>
public sealed class PhoneChannelNotConfiguredException()
    : InvalidOperationException("No phone channel is configured: enable Notification:PhoneSink in development, or register a provider adapter.");
