using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;

namespace Onboarding.Testing.Messaging;

/// <summary>
/// What the probe host saw, in process: deliveries the transport finished (including those the inbox skipped),
/// consumer attempts per message, and when each was consumed.
/// </summary>
public sealed class ProbeObserver : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    /// <summary><see cref="Stopwatch.GetTimestamp"/> at the moment the consumer's effect was saved.</summary>
    public ConcurrentDictionary<Guid, long> ConsumedAt { get; } = new();

    /// <summary>While true, the probe consumer fails every <c>flaky@…</c> command.</summary>
    public bool RefuseFlaky { get; set; }

    public void Attempted(Guid messageId) => _attempts.AddOrUpdate(messageId, 1, (_, count) => count + 1);

    public int AttemptsOf(Guid messageId) => _attempts.GetValueOrDefault(messageId);

    public void Consumed(Guid messageId) => ConsumedAt[messageId] = Stopwatch.GetTimestamp();

    /// <summary>How many times the transport delivered and finished <paramref name="messageId"/> (acknowledged or faulted).</summary>
    public int DeliveriesOf(Guid messageId) => _deliveries.GetValueOrDefault(messageId);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id) _deliveries.AddOrUpdate(id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => PostReceive(context);
}
