using Onboarding.Contracts.Commands;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Phone;

/// <summary>Sends an SMS or voice message for a command through the delivery log (see <see cref="DeliveryRunner"/>).</summary>
public sealed class PhoneDispatcher(DeliveryRunner runner, IEnumerable<IPhoneMessageChannel> channels)
{
    // The last registration wins, so a provider adapter registered after the sink replaces it.
    private readonly IPhoneMessageChannel? _channel = channels.LastOrDefault();

    public Task SendAsync(
        Guid commandId,
        PhoneChannel channel,
        string template,
        string toE164,
        string culture,
        string text,
        DateTimeOffset? expiresAt,
        CancellationToken cancellationToken)
    {
        var ticket = new DeliveryTicket(
            commandId, channel == PhoneChannel.Voice ? DeliveryChannel.Voice : DeliveryChannel.Sms, template, PhoneMasking.Mask(toE164));
        var message = new OutgoingPhoneMessage(channel, toE164, text, MessageLanguages.FromCulture(culture).Tag(), commandId);
        return runner.RunAsync(
            ticket,
            expiresAt,
            token => (_channel ?? throw new PhoneChannelNotConfiguredException()).SendAsync(message, token),
            exception => exception is ArgumentException,
            cancellationToken);
    }
}
