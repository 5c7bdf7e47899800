using System.Collections.Concurrent;
using Onboarding.Messaging.Redrive;

namespace Onboarding.Messaging.Topology;

/// <summary>
/// Declares a command queue (quorum queue, its exchange and the binding) the first time this process sends to it,
/// as MassTransit did for a <c>queue:</c> address but with the queue's real arguments. Commands are sent to the
/// queue's exchange, which drops a message when no queue is bound; the <c>migrate</c> step declares the command queues
/// already, and this keeps that true for a process that did not run it, or after the queue was deleted by hand.
/// </summary>
public sealed class CommandQueueDeclarations(BrokerConnectionString broker)
{
    private readonly ConcurrentDictionary<string, bool> _declared = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task EnsureDeclaredAsync(string queue, CancellationToken cancellationToken)
    {
        if (_declared.ContainsKey(queue)) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_declared.ContainsKey(queue)) return;
            await using var brokerQueues = await BrokerQueues.OpenAsync(broker.Value, cancellationToken);
            await brokerQueues.DeclareEndpointQueueAsync(queue, cancellationToken);
            _declared[queue] = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a failed send: declare again before the next one (the queue may have been deleted).</summary>
    public void Forget(string queue) => _declared.TryRemove(queue, out _);
}
