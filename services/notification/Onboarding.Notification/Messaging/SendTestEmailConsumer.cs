using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Email;
using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Messaging;

/// <summary>
/// Sends the operator's delivery-check mail. Runs inside the inbox transaction: the delivery row and the inbox
/// row commit together after SMTP accepted the mail, so a redelivered command sends nothing.
/// </summary>
public sealed class SendTestEmailConsumer(NotificationDbContext db, IEmailSender sender, TimeProvider clock)
    : IConsumer<SendTestEmail>
{
    public const string Template = "test-email";

    public async Task Consume(ConsumeContext<SendTestEmail> context)
    {
        var command = context.Message;
        var delivery = new EmailDelivery
        {
            Id = Guid.CreateVersion7(),
            CommandId = context.MessageId ?? command.RequestId,
            Template = Template,
            RecipientMasked = EmailMasking.Mask(command.To),
            Status = EmailDeliveryStatus.Queued,
            QueuedAt = clock.GetUtcNow(),
        };
        db.EmailDeliveries.Add(delivery);

        var (subject, body) = command.Culture == "en"
            ? ("Delivery check from the co-op onboarding service",
               "This is a delivery check. If you can read it, mail from the co-op onboarding service reaches you.\n")
            : ("【大学生協】メール配信確認",
               "このメールは配信確認のためのものです。このメールが届いていれば、大学生協の登録案内メールを受信できます。\n");
        await sender.SendAsync(new OutgoingEmail(command.To, subject, body, delivery.CommandId), context.CancellationToken);

        delivery.Status = EmailDeliveryStatus.Sent;
        delivery.SentAt = clock.GetUtcNow();
    }
}
