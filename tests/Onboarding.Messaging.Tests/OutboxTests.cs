using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Outbox;
using Onboarding.Testing;

namespace Onboarding.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class OutboxTests : ProbeHostTest
{
    [Fact]
    public async Task A_published_event_reaches_the_consumer_and_leaves_the_outbox()
    {
        var messageId = await Host.WithDbAsync(async db =>
        {
            var id = db.PublishThroughOutbox(new MemberRosterImported(Guid.NewGuid(), 3, 1, 0, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return id;
        });

        Assert.True(await Eventually.TrueAsync(async () => await Host.EffectCountAsync(messageId) == 1, Patience));
        Assert.True(await Eventually.TrueAsync(async () => await OutboxCountAsync() == 0, Patience));
    }

    [Fact]
    public async Task A_rolled_back_transaction_sends_nothing()
    {
        var messageId = await Host.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var id = db.SendThroughOutbox(Host.Queue, new SendTestEmail(Guid.NewGuid(), "rolled-back@example.jp", "ja"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return id;
        }));
        // A message committed after the rolled-back one is consumed; by then the first would have been too.
        var later = await SendThroughOutboxAsync("after-rollback@example.jp");

        Assert.True(await Eventually.TrueAsync(async () => await Host.EffectCountAsync(later) == 1, Patience));
        Assert.Equal(0, await Host.EffectCountAsync(messageId));
        Assert.Equal(0, Host.Observer.DeliveriesOf(messageId));
    }

    [Fact]
    public async Task A_message_written_while_the_broker_is_down_is_delivered_once_after_it_returns()
    {
        await Infrastructure.Broker.StopAsync();
        Guid messageId;
        try
        {
            messageId = await SendThroughOutboxAsync("while-down@example.jp");

            // The relay tried, failed, and kept the row for a later attempt.
            Assert.True(await Eventually.TrueAsync(async () => await FailedAttemptsAsync() >= 1, Patience));
            Assert.Equal(0, await Host.EffectCountAsync(messageId));
        }
        finally
        {
            await Infrastructure.Broker.StartAsync();
        }

        Assert.True(await Eventually.TrueAsync(async () => await Host.EffectCountAsync(messageId) == 1, TimeSpan.FromSeconds(120)));
        Assert.True(await Eventually.TrueAsync(async () => await OutboxCountAsync() == 0, Patience));
        // Another message after recovery proves the consumer is still going; the first still has one effect.
        var after = await SendThroughOutboxAsync("after-recovery@example.jp");
        Assert.True(await Eventually.TrueAsync(async () => await Host.EffectCountAsync(after) == 1, Patience));
        Assert.Equal(1, await Host.EffectCountAsync(messageId));
    }

    private Task<Guid> SendThroughOutboxAsync(string to) =>
        Host.WithDbAsync(async db =>
        {
            var id = db.SendThroughOutbox(Host.Queue, new SendTestEmail(Guid.NewGuid(), to, "ja"));
            await db.SaveChangesAsync();
            return id;
        });

    private Task<int> OutboxCountAsync() => Host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync());

    private Task<int> FailedAttemptsAsync() =>
        Host.WithDbAsync(async db => await db.Set<OutboxMessage>().SumAsync(m => (int?)m.Attempts) ?? 0);
}
