using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Phone;

/// <summary>
/// The development SMS/voice "provider": stores every message in <c>phone_messages</c> (committed at once, in its
/// own DbContext, like a provider that has accepted it), where developers and tests read it through
/// <c>GET /dev/phone-messages</c>.
/// </summary>
public sealed class DevelopmentPhoneSink(IServiceScopeFactory scopes, TimeProvider clock) : IPhoneMessageChannel
{
    public async Task SendAsync(OutgoingPhoneMessage message, CancellationToken cancellationToken)
    {
        if (!PhoneNumbers.IsE164(message.ToE164))
        {
            throw new ArgumentException("The phone number is not in E.164 form.", nameof(message));
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        db.PhoneMessages.Add(new PhoneMessage
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Channel = message.Channel,
            To = message.ToE164,
            Text = message.Text,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
