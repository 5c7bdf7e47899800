using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Onboarding.Messaging.Retention;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>
/// The retention pass every service shares (docs/architecture.md, Retention), on real PostgreSQL: deletes in batches,
/// counts what it deleted per table, survives a failing rule, and two passes at once do no harm.
/// </summary>
public sealed class RetentionPassTests : IAsyncLifetime
{
    private const int BatchSize = 100;
    private const string ProbeTable = "probe_effects";

    private readonly DeleteStatements _deletes = new();
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var database = await infrastructure.CreateDatabaseAsync(nameof(RetentionPassTests));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:probedb"] = database,
            ["Retention:BatchSize"] = BatchSize.ToString(),
        });
        builder.AddServiceDatabase<ProbeDbContext>("probedb");
        builder.Services.ConfigureDbContext<ProbeDbContext>(options => options.AddInterceptors(_deletes));
        builder.AddRetention<ProbeDbContext>(rules => rules
            .Prune<ProbeEffect>(ProbeTable, TimeSpan.Zero, _ => e => e.Description == "expired")
            .Add("broken_table", TimeSpan.Zero, (_, _, _, _) => throw new InvalidOperationException("a rule that fails")));
        _host = builder.Build();
        await WithDbAsync(db => db.Database.EnsureCreatedAsync());
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_pass_deletes_in_batches_until_a_batch_comes_up_short_and_counts_the_rows_per_table()
    {
        await SeedAsync(expiredEffects: 250, liveEffects: 5, oldInbox: 1050, recentInbox: 10);
        using var metric = new PrunedRows();

        var pruned = await Pass.RunAsync(CancellationToken.None);

        Assert.Equal(250, pruned[ProbeTable]);
        Assert.Equal(1050, pruned[MessagingModel.InboxTable]);
        // 250 rows in three statements of at most 100, 1050 in eleven.
        Assert.Equal(3, _deletes.On(ProbeTable));
        Assert.Equal(11, _deletes.On(MessagingModel.InboxTable));
        Assert.Equal(250, metric.Of(ProbeTable));
        Assert.Equal(1050, metric.Of(MessagingModel.InboxTable));
        Assert.Equal((5, 10), await RemainingAsync());
        // The failing rule is logged and left for the next pass; the others ran regardless.
        Assert.False(pruned.ContainsKey("broken_table"));
    }

    [Fact]
    public async Task Two_passes_at_once_delete_each_row_once_keep_the_live_rows_and_fail_nothing()
    {
        await SeedAsync(expiredEffects: 1000, liveEffects: 20, oldInbox: 1000, recentInbox: 20);
        using var metric = new PrunedRows();

        var passes = await Task.WhenAll(Pass.RunAsync(CancellationToken.None), Pass.RunAsync(CancellationToken.None));

        foreach (var table in new[] { ProbeTable, MessagingModel.InboxTable })
        {
            Assert.All(passes, pass => Assert.True(pass.ContainsKey(table), $"a pass failed on {table}"));
            // Each row counted by the pass that deleted it, never twice.
            var deleted = 1000 - await ExpiredLeftAsync(table);
            Assert.Equal(deleted, passes.Sum(pass => pass[table]));
            Assert.Equal(deleted, metric.Of(table));
        }
        Assert.Equal((20, 20), await RemainingAsync());

        // A pass that stopped early (its batch came up short because the other had taken the rows) leaves the rest
        // for the next one.
        await Pass.RunAsync(CancellationToken.None);
        Assert.Equal(0, await ExpiredLeftAsync(ProbeTable));
        Assert.Equal(0, await ExpiredLeftAsync(MessagingModel.InboxTable));
    }

    private RetentionPass Pass => _host.Services.GetRequiredService<RetentionPass>();

    private Task SeedAsync(int expiredEffects, int liveEffects, int oldInbox, int recentInbox) => WithDbAsync(async db =>
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO probe_effects (message_id, description)
            SELECT gen_random_uuid(), CASE WHEN i <= {expiredEffects} THEN 'expired' ELSE 'live' END
            FROM generate_series(1, {expiredEffects + liveEffects}) AS i
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages (message_id, consumer, processed_at)
            SELECT gen_random_uuid(), 'retention', now() - CASE WHEN i <= {oldInbox} THEN interval '8 days' ELSE interval '6 days' END
            FROM generate_series(1, {oldInbox + recentInbox}) AS i
            """);
        return true;
    });

    /// <summary>The live probe effects and the recent inbox rows still there.</summary>
    private Task<(int Effects, int Inbox)> RemainingAsync() => WithDbAsync(async db => (
        await db.Effects.CountAsync(e => e.Description == "live"),
        await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE processed_at > now() - interval '7 days'").SingleAsync()));

    private Task<int> ExpiredLeftAsync(string table) => WithDbAsync(db => table == ProbeTable
        ? db.Effects.CountAsync(e => e.Description == "expired")
        : db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE processed_at < now() - interval '7 days'").SingleAsync());

    private async Task<T> WithDbAsync<T>(Func<ProbeDbContext, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbeDbContext>());
    }

    /// <summary>Counts the DELETE statements sent, by table.</summary>
    private sealed class DeleteStatements : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, int> _count = new();

        public int On(string table) => _count.GetValueOrDefault(table);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var words = command.CommandText.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (words is ["DELETE", "FROM", var table, ..]) _count.AddOrUpdate(table.Trim('"'), 1, (_, n) => n + 1);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>What the <c>onboarding.retention.pruned</c> counter recorded while it listened, by table.</summary>
    private sealed class PrunedRows : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _rows = new();

        public PrunedRows()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == RetentionPass.MeterName) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "table") _rows.AddOrUpdate((string)tag.Value!, value, (_, sum) => sum + value);
                }
            });
            _listener.Start();
        }

        public long Of(string table) => _rows.GetValueOrDefault(table);

        public void Dispose() => _listener.Dispose();
    }
}
