using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Commands;
using Onboarding.Messaging.Outbox;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>
/// Two replicas of one service: two hosts on one database and one queue, each with its relay and its consumer. Every
/// outbox row is published once (FOR UPDATE SKIP LOCKED: a row locked by one relay is skipped by the other), which the
/// transport's own count shows before the inbox could hide a duplicate.
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class OutboxReplicaTests : ProbeHostTest
{
    [Fact]
    public async Task Two_relays_on_one_outbox_publish_each_row_once()
    {
        await using var second = await MessagingTestHost.StartAsync(
            await DatabaseOfAsync(Host), Infrastructure.Broker.ConnectionString, queue: Host.Queue);
        const int perCommit = 50;
        const int commitsPerReplica = 6;

        // Both replicas commit at once: each relay is woken by its own commits and finds the other's by polling.
        var written = await Task.WhenAll(new[] { Host, second }.SelectMany(replica =>
            Enumerable.Range(0, commitsPerReplica).Select(_ => replica.WithDbAsync(async db =>
            {
                var ids = Enumerable.Range(0, perCommit)
                    .Select(_ => db.SendThroughOutbox(Host.Queue, new SendTestEmail(Guid.NewGuid(), "replicas@example.jp", "ja")))
                    .ToList();
                await db.SaveChangesAsync();
                return ids;
            }))));
        var messageIds = written.SelectMany(ids => ids).ToList();

        Assert.True(await Eventually.TrueAsync(async () => await Host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()) == 0, Patience));
        Assert.True(await Eventually.TrueAsync(async () => await EffectsAsync() == messageIds.Count, Patience));
        // Settle: a duplicate published late would arrive now.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(2 * commitsPerReplica * perCommit, messageIds.Distinct().Count());
        Assert.All(messageIds, id => Assert.Equal(1, Host.Observer.DeliveriesOf(id) + second.Observer.DeliveriesOf(id)));
        Assert.Equal(messageIds.Count, await EffectsAsync());
        // Both replicas consumed (the queue's messages were shared), so both were running throughout.
        Assert.Contains(messageIds, id => Host.Observer.DeliveriesOf(id) == 1);
        Assert.Contains(messageIds, id => second.Observer.DeliveriesOf(id) == 1);
    }

    private Task<int> EffectsAsync() => Host.WithDbAsync(db => db.Effects.CountAsync());

    private static Task<string> DatabaseOfAsync(MessagingTestHost host) =>
        host.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
}
