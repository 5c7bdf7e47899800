using Onboarding.Contracts.Commands;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Phone;

/// <summary>
/// Sends an SMS or voice message for a command through the delivery log (see <see cref="DeliveryRunner"/>). One rule
/// for every channel: an <see cref="ArgumentException"/> (<see cref="PhoneNumberUndeliverableException"/>) is permanent,
/// anything else is retried.
/// </summary>
public sealed class PhoneDispatcher(DeliveryRunner runner, IEnumerable<IPhoneMessageChannel> channels, RecipientHasher hasher)
{
    // At most one is registered (PhoneChannelRegistration); with none the host does not start.
    private readonly IPhoneMessageChannel? _channel = channels.LastOrDefault();

    /// <param name="spokenParts">A voice script in sentences, so that a provider can pause between them.</param>
    public Task SendAsync(
        Guid commandId,
        PhoneChannel channel,
        string template,
        string toE164,
        string culture,
        string text,
        IReadOnlyList<string>? spokenParts,
        DateTimeOffset? expiresAt,
        CancellationToken cancellationToken)
    {
        var ticket = new DeliveryTicket(
            commandId, channel == PhoneChannel.Voice ? DeliveryChannel.Voice : DeliveryChannel.Sms, template, PhoneMasking.Mask(toE164),
            hasher.Hash(RecipientAddress.Phone(toE164)));
        var message = new OutgoingPhoneMessage(channel, toE164, text, MessageLanguages.FromCulture(culture).Tag(), commandId, spokenParts);
        return runner.RunAsync(
            ticket,
            expiresAt,
            token => (_channel ?? throw new PhoneChannelNotConfiguredException()).SendAsync(message, token),
            IsPermanent,
            cancellationToken);
    }

    public static bool IsPermanent(Exception exception) => exception is ArgumentException;
}
