using MassTransit;
using Microsoft.Extensions.Logging;
using Onboarding.Messaging.Redelivery;
using Onboarding.Messaging.Topology;

namespace Onboarding.Messaging.Redrive;

/// <summary>
/// The operator's view of messages that exhausted their retries and delayed redeliveries and now wait in a queue's
/// <c>_error</c> queue (parked), and the re-drive that moves them back to their queue for a fresh start.
/// </summary>
public sealed partial class ParkedMessages(BrokerConnectionString broker, ServiceQueues queues, RedeliverySchedule schedule, ILogger<ParkedMessages> logger)
{
    public static string ErrorQueue(string queue) => $"{queue}_error";

    /// <summary>Per receive queue: parked messages, and messages still waiting in delay queues for another try.</summary>
    public async Task<ParkedMessagesReport> CountAsync(CancellationToken cancellationToken)
    {
        await using var brokerQueues = await BrokerQueues.OpenAsync(broker.Value, cancellationToken);
        var result = new List<QueueParkedMessages>();
        foreach (var queue in ServiceQueueNames())
        {
            var waiting = 0u;
            foreach (var delay in schedule.Delays.Distinct())
            {
                waiting += await brokerQueues.CountAsync(RedeliverySchedule.DelayQueue(queue, delay), cancellationToken) ?? 0;
            }
            result.Add(new QueueParkedMessages(queue, await brokerQueues.CountAsync(ErrorQueue(queue), cancellationToken) ?? 0, waiting));
        }
        return new ParkedMessagesReport(result);
    }

    /// <summary>
    /// Moves every message parked at this moment back to its queue. The redelivery count and the fault details are
    /// removed, so a re-driven message gets the full retry schedule again; its message id is kept, so a message that
    /// had in fact been handled is still recognised by the inbox. Returns how many were moved, per queue.
    /// </summary>
    public async Task<ParkedMessagesReport> RedriveAsync(CancellationToken cancellationToken)
    {
        await using var brokerQueues = await BrokerQueues.OpenAsync(broker.Value, cancellationToken);
        var result = new List<QueueParkedMessages>();
        foreach (var queue in ServiceQueueNames())
        {
            // Only what is parked now: a message that fails again at once must not be moved twice in one re-drive.
            var parked = await brokerQueues.CountAsync(ErrorQueue(queue), cancellationToken) ?? 0;
            var moved = parked == 0 ? 0 : await brokerQueues.MoveAsync(ErrorQueue(queue), queue, parked, IsRetryHistory, cancellationToken);
            if (moved > 0)
            {
                MessagingMetrics.Redriven.Add(moved);
                LogRedriven(moved, queue);
            }
            result.Add(new QueueParkedMessages(queue, (uint)moved, 0));
        }
        return new ParkedMessagesReport(result);
    }

    /// <summary>Headers MassTransit adds when a message fails (MT-Fault-*, MT-Reason) or is redelivered.</summary>
    private static bool IsRetryHistory(string header) =>
        header.StartsWith("MT-Fault-", StringComparison.Ordinal) || header is "MT-Reason" || header == MessageHeaders.RedeliveryCount;

    private IReadOnlyList<string> ServiceQueueNames() => queues.Names;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator re-drive moved {Count} parked message(s) back to {Queue}")]
    private partial void LogRedriven(int count, string queue);
}

/// <param name="Queue">The receive queue.</param>
/// <param name="Messages">Parked messages (in a count) or messages moved back (in a re-drive).</param>
/// <param name="WaitingForRedelivery">Messages waiting in the queue's delay queues for their next try.</param>
public sealed record QueueParkedMessages(string Queue, uint Messages, uint WaitingForRedelivery);

public sealed record ParkedMessagesReport(IReadOnlyList<QueueParkedMessages> Queues)
{
    public long Total => Queues.Sum(queue => (long)queue.Messages);
}

/// <summary>The broker's AMQP URI (connection string <c>rabbitmq</c>), for the operations MassTransit does not offer.</summary>
public sealed record BrokerConnectionString(string Value);
