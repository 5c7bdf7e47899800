using System.Diagnostics;
using Onboarding.Contracts.Commands;
using Onboarding.Messaging.Outbox;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Benchmarks;

/// <summary>
/// Outbox commit → consume latency over real PostgreSQL and RabbitMQ: from the moment <c>SaveChanges</c> returned
/// (the state change and the outbox row committed) to the moment the consumer committed its effect (inbox
/// transaction included). Two load shapes: paced (one message every 5 ms, a busy service) and a burst (writers as fast
/// as they can commit, to show throughput and queueing).
/// </summary>
public static class OutboxLatencyBenchmark
{
    public static async Task RunAsync(int messages)
    {
        await using var infrastructure = await TestInfrastructure.StartPrivateAsync();
        var database = await infrastructure.CreateDatabaseAsync("outboxbenchmark");
        await using var host = await MessagingTestHost.StartAsync(database, infrastructure.Broker.ConnectionString);
        Console.WriteLine($"outbox benchmark: {messages} messages per run, servers: {infrastructure.Mode}, {Environment.ProcessorCount} cores");

        await RunShapeAsync(host, "warm-up", Math.Min(200, messages), writers: 1, pace: TimeSpan.FromMilliseconds(5), print: false);
        await RunShapeAsync(host, "paced (1 writer, every 5 ms)", messages, writers: 1, pace: TimeSpan.FromMilliseconds(5), print: true);
        await RunShapeAsync(host, "burst (4 writers, no pause)", messages, writers: 4, pace: TimeSpan.Zero, print: true);
    }

    private static async Task RunShapeAsync(MessagingTestHost host, string shape, int messages, int writers, TimeSpan pace, bool print)
    {
        var committedAt = new System.Collections.Concurrent.ConcurrentDictionary<Guid, long>();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, writers), async (writer, _) =>
        {
            for (var i = writer; i < messages; i += writers)
            {
                var id = await host.WithDbAsync(async db =>
                {
                    var messageId = db.SendThroughOutbox(host.Queue, new SendTestEmail(Guid.NewGuid(), $"bench{i}@example.jp", "ja"));
                    await db.SaveChangesAsync();
                    return messageId;
                });
                committedAt[id] = Stopwatch.GetTimestamp();
                if (pace > TimeSpan.Zero) await Task.Delay(pace);
            }
        });

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (committedAt.Keys.Any(id => !host.Observer.ConsumedAt.ContainsKey(id)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var latencies = committedAt
            .Where(pair => host.Observer.ConsumedAt.ContainsKey(pair.Key))
            .Select(pair => Stopwatch.GetElapsedTime(pair.Value, host.Observer.ConsumedAt[pair.Key]).TotalMilliseconds)
            .Order()
            .ToArray();
        if (!print) return;

        Console.WriteLine(
            $"{shape,-30} consumed {latencies.Length}/{messages}  " +
            $"p50 {Percentile(latencies, 0.50):F1} ms  p99 {Percentile(latencies, 0.99):F1} ms  max {latencies.LastOrDefault():F1} ms  " +
            $"throughput {latencies.Length / elapsed.TotalSeconds:F0} msg/s");
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
