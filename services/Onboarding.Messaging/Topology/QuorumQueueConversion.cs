namespace Onboarding.Messaging.Topology;

/// <summary>
/// Turns an existing classic queue into a quorum queue of the same name without losing a message, in the
/// <c>migrate</c> step. A queue's type cannot change, so the queue is re-created: its messages wait in a holding
/// quorum queue meanwhile. Every machine that ran the system before receive queues became quorum queues has classic
/// ones (with messages, perhaps parked ones), and MassTransit's declaration of the quorum queue fails on them (406).
/// </summary>
/// <remarks>
/// The steps, for a classic queue <c>Q</c> (whose only binding is from the exchange <c>Q</c>, MassTransit's layout):
/// the holding queue <c>Q_quorum-conversion</c> is bound to the exchange <c>Q</c> as well, so that a message routed
/// while <c>Q</c> is re-created waits there rather than being dropped; <c>Q</c>'s messages are moved to it (each
/// acknowledged only after the broker confirmed its copy, see <see cref="BrokerQueues.MoveAsync"/>); <c>Q</c> is deleted
/// only once empty; <c>Q</c> is declared as a quorum queue and bound again; the holding queue is unbound, emptied back
/// into <c>Q</c> and deleted. Several services' migrate steps may meet the same queue at once (notification's and each
/// sender's, for the command queue), so a conversion runs under a broker-wide lock and looks again once it has it.
/// A migrate step that dies half-way leaves the holding queue, which the next run finds and empties into <c>Q</c>.
/// </remarks>
public static class QuorumQueueConversion
{
    /// <summary>The exclusive queue that serialises conversions across processes.</summary>
    public const string LockName = "onboarding-quorum-conversion-lock";

    public static string HoldingQueue(string queue) => $"{queue}_quorum-conversion";

    /// <summary>
    /// Makes <paramref name="queue"/> a quorum queue if it exists as a classic one, and finishes a conversion that was
    /// interrupted. Returns how many messages were carried over, or null when there was nothing to do (the queue is
    /// missing or already a quorum queue).
    /// </summary>
    public static async Task<int?> ConvertToQuorumIfClassicAsync(this BrokerQueues broker, string queue, CancellationToken cancellationToken)
    {
        if (!await NeedsConversionAsync(broker, queue, cancellationToken)) return null;

        await using var held = await broker.LockAsync(LockName, TimeSpan.FromMinutes(2), cancellationToken);
        // Another migrate step may have converted it while this one waited for the lock.
        if (!await NeedsConversionAsync(broker, queue, cancellationToken)) return null;

        var holding = HoldingQueue(queue);
        var moved = 0;
        if (await broker.KindOfAsync(queue, cancellationToken) == QueueKind.Other)
        {
            if (!await broker.TryDeclareQuorumQueueAsync(holding, cancellationToken))
            {
                throw new InvalidOperationException($"The holding queue {holding} exists and is not a quorum queue.");
            }
            await broker.BindToExchangeAsync(holding, queue, cancellationToken);
            // Empty, then delete only if still empty: a message that arrived meanwhile is moved on the next round.
            do
            {
                moved += await broker.MoveAsync(queue, holding, uint.MaxValue, KeepAllHeaders, cancellationToken);
            }
            while (!await broker.TryDeleteIfEmptyAsync(queue, cancellationToken));
        }

        await broker.DeclareEndpointQueueAsync(queue, cancellationToken);
        await broker.UnbindFromExchangeAsync(holding, queue, cancellationToken);
        // Unbound, the holding queue receives nothing more (conversions hold the lock); quorum queues refuse an
        // if-empty delete, so it is deleted once a count shows it empty.
        do
        {
            await broker.MoveAsync(holding, queue, uint.MaxValue, KeepAllHeaders, cancellationToken);
        }
        while (await broker.CountAsync(holding, cancellationToken) is > 0);
        await broker.DeleteAsync(holding, cancellationToken);
        return moved;
    }

    private static async Task<bool> NeedsConversionAsync(BrokerQueues broker, string queue, CancellationToken cancellationToken) =>
        await broker.KindOfAsync(queue, cancellationToken) == QueueKind.Other
        || await broker.CountAsync(HoldingQueue(queue), cancellationToken) is not null;

    private static bool KeepAllHeaders(string header) => false;
}
