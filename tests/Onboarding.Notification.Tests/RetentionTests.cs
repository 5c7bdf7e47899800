using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Contracts.Commands;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Retention;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Tests.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.Notification.Tests;

/// <summary>
/// One retention pass over rows seeded on both sides of each rule: the delivery log keeps a month, the development
/// phone sink an hour, the inbox a week (docs/architecture.md, Retention). The database is shared with the other
/// tests of the collection, whose rows are all recent, so only this test's rows are compared.
/// </summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class RetentionTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task One_pass_deletes_deliveries_older_than_a_month_sink_messages_older_than_an_hour_and_old_inbox_rows()
    {
        var now = DateTimeOffset.UtcNow;
        var deliveries = new RetentionCase<Delivery, Guid>("deliveries", d => d.Id)
            .Deleted(Delivery(now - TimeSpan.FromDays(31)))
            .Kept(Delivery(now - TimeSpan.FromDays(29)));
        var phoneMessages = new RetentionCase<PhoneMessage, Guid>("phone_messages", m => m.Id)
            .Deleted(PhoneMessage(now - TimeSpan.FromMinutes(61)))
            .Kept(PhoneMessage(now - TimeSpan.FromMinutes(30)));
        var inbox = RetentionCases.Inbox(now);
        await fixture.WithDbAsync(db =>
        {
            db.AddRange(deliveries.Rows);
            db.AddRange(phoneMessages.Rows);
            db.AddRange(inbox.Rows);
            return db.SaveChangesAsync();
        });

        var pruned = await fixture.Service.Services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);

        var deliveryIds = deliveries.Rows.Select(d => d.Id).ToList();
        var messageIds = phoneMessages.Rows.Select(m => m.Id).ToList();
        var inboxIds = inbox.Rows.Select(m => m.MessageId).ToList();
        deliveries.AssertAfterPass(pruned, await fixture.WithDbAsync(db =>
            db.Deliveries.Where(d => deliveryIds.Contains(d.Id)).Select(d => d.Id).ToListAsync()));
        phoneMessages.AssertAfterPass(pruned, await fixture.WithDbAsync(db =>
            db.PhoneMessages.Where(m => messageIds.Contains(m.Id)).Select(m => m.Id).ToListAsync()));
        inbox.AssertAfterPass(pruned, await fixture.WithDbAsync(db =>
            db.Set<InboxMessage>().Where(m => inboxIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync()));
    }

    private static Delivery Delivery(DateTimeOffset queuedAt) => new()
    {
        Id = Guid.NewGuid(), CommandId = Guid.NewGuid(), Channel = DeliveryChannel.Email, Template = "retention",
        RecipientMasked = "ret*****@example.jp", Status = DeliveryStatus.Sent, Attempts = 1, QueuedAt = queuedAt, SentAt = queuedAt,
    };

    private static PhoneMessage PhoneMessage(DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(), Channel = PhoneChannel.Sms, To = Recipients.Phone(), Text = "retention", CreatedAt = createdAt,
    };
}
