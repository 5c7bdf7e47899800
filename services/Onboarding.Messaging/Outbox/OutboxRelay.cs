using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Onboarding.Contracts;
using Onboarding.Messaging.Topology;

namespace Onboarding.Messaging.Outbox;

/// <summary>
/// Moves committed outbox rows to RabbitMQ. Wakes on commit and on a poll; rows are locked with
/// <c>FOR UPDATE SKIP LOCKED</c> so several replicas can relay side by side; a row is deleted only after the
/// broker confirmed it, and a failed row waits with exponential backoff while the broker is down.
/// Delivery is at least once (a crash between confirm and commit re-sends); consumers' inbox makes that harmless.
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    CommandQueueDeclarations commandQueues,
    OutboxCommitSignal signal,
    IOptions<OutboxRelayOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    public static readonly ActivitySource Activities = new("Onboarding.Messaging");

    private readonly OutboxRelayOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var fullBatch = false;
            try
            {
                fullBatch = await RelayBatchAsync(stoppingToken) == _options.BatchSize;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database itself is unreachable: the rows are safe there; try again at the next poll.
                LogRelayFailed(exception);
            }

            if (!fullBatch)
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Relays one batch of due messages; returns how many were due.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var due = await db.Set<OutboxMessage>()
                .FromSql($"""
                    SELECT * FROM outbox_messages
                    WHERE next_attempt_at <= {now}
                    ORDER BY sequence
                    LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);

            // Published side by side: the broker confirms them together, which is what makes a burst drain quickly.
            // Consumers never rely on order between messages (they run concurrently anyway).
            var delivered = await Task.WhenAll(due.Select(message => TryDeliverAsync(message, ct)));
            db.RemoveRange(due.Where((_, index) => delivered[index]));
            MessagingMetrics.RecordBacklog(due.Count);
            MessagingMetrics.Relayed.Add(delivered.Count(ok => ok));

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return due.Count;
        }, cancellationToken);
    }

    private async Task<bool> TryDeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = Activities.StartActivity("outbox relay", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id);
        activity?.SetTag("messaging.message.type", message.MessageType);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            var type = ContractTypes.Find(message.MessageType)
                ?? throw new InvalidOperationException($"Unknown message type {message.MessageType}.");
            var body = JsonSerializer.Deserialize(message.Body, type, OutboxWriter.Json)!;
            if (message.Destination is null)
            {
                await bus.Publish(body, type, context => context.MessageId = message.Id, timeout.Token);
            }
            else
            {
                // The command queue is a quorum queue: addressed through its exchange (bound to it), because with a
                // queue: address MassTransit would declare the queue as a classic one, which RabbitMQ refuses (406).
                await commandQueues.EnsureDeclaredAsync(message.Destination, timeout.Token);
                var endpoint = await bus.GetSendEndpoint(new Uri($"exchange:{message.Destination}"));
                await endpoint.Send(body, type, context =>
                {
                    context.MessageId = message.Id;
                    // Should no queue be bound after all, the broker returns the command and the row stays for a retry.
                    if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit)) rabbit.Mandatory = true;
                }, timeout.Token);
            }
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (message.Destination is not null) commandQueues.Forget(message.Destination);
            message.Attempts++;
            message.NextAttemptAt = clock.GetUtcNow() + _options.RetryDelay(message.Attempts);
            message.LastError = Truncate(exception.GetType().Name + ": " + exception.Message, 1024);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            MessagingMetrics.RelayFailures.Add(1);
            LogDeliveryFailed(message.Id, message.Attempts, message.NextAttemptAt, exception.GetType().Name);
            return false;
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} not delivered (attempt {Attempts}, next at {NextAttemptAt}): {Error}")]
    private partial void LogDeliveryFailed(Guid messageId, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay could not read the outbox")]
    private partial void LogRelayFailed(Exception exception);
}
