using Npgsql;
using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>A database outage longer than the immediate retries parks nothing: the messages wait on the broker.</summary>
[Collection(MessagingCollection.Name)]
public sealed class DelayedRedeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The real schedule's minutes and hours, shortened but still far longer than the immediate retries (about 15 s):
    /// about 4 minutes before a message would be parked, so the two-minute outage must be outlasted by redelivery.
    /// </summary>
    private static readonly IReadOnlyList<TimeSpan> Delays =
        [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(80)];

    private TestInfrastructure _infrastructure = null!;
    private MessagingTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _infrastructure = await TestInfrastructure.GetSharedAsync();
        var database = await _infrastructure.CreateDatabaseAsync(nameof(DelayedRedeliveryTests));
        _host = await MessagingTestHost.StartAsync(database, _infrastructure.Broker.ConnectionString, redeliveryDelays: Delays);
    }

    public async Task DisposeAsync()
    {
        await _infrastructure.Postgres.StartAsync(); // in case the test failed while the server was stopped
        NpgsqlConnection.ClearAllPools();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Messages_arriving_while_PostgreSQL_is_stopped_for_two_minutes_are_all_consumed_once_after_it_returns()
    {
        var endpoint = await _host.Bus.GetSendEndpoint(new Uri($"exchange:{_host.Queue}"));
        var sent = new List<Guid>();
        async Task SendAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var id = Guid.NewGuid();
                await endpoint.Send(new SendTestEmail(Guid.NewGuid(), $"outage{sent.Count}@example.jp", "ja"), c => c.MessageId = id);
                sent.Add(id);
            }
        }

        await _infrastructure.Postgres.StopAsync();
        var stoppedAt = DateTime.UtcNow;
        try
        {
            // Messages keep arriving during the outage: at its start, and half-way through.
            await SendAsync(3);
            await Task.Delay(Outage / 2);
            await SendAsync(3);
            await Task.Delay(Outage - (DateTime.UtcNow - stoppedAt));
            // Nothing can be consumed meanwhile.
            Assert.Empty(_host.Observer.ConsumedAt);
        }
        finally
        {
            await _infrastructure.Postgres.StartAsync();
            NpgsqlConnection.ClearAllPools(); // the restart ended every pooled connection; later tests start clean
        }

        foreach (var id in sent)
        {
            Assert.True(await Eventually.TrueAsync(async () => await _host.EffectCountAsync(id) >= 1, TimeSpan.FromMinutes(4)),
                $"message {id} was not consumed after the database returned");
        }
        var parked = await _host.ParkedMessages.CountAsync(default);
        Assert.Equal(0, parked.Total);
        foreach (var id in sent)
        {
            Assert.Equal(1, await _host.EffectCountAsync(id));
        }
    }
}
