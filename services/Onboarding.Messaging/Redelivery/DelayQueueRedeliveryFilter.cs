using MassTransit;
using MassTransit.Middleware;
using MassTransit.Observables;

namespace Onboarding.Messaging.Redelivery;

/// <summary>
/// Second-level retry: a message that failed its immediate retries is sent to a delay queue of its endpoint and comes
/// back after the next delay of the <see cref="RedeliverySchedule"/>; only when the schedule is spent does it go to
/// <c>_error</c>. MassTransit's own redelivery filter counts the stages (the <c>MT-Redelivery-Count</c> header) and
/// holds back <c>Fault&lt;T&gt;</c> until the last stage; this filter gives it a way to delay that needs no broker plugin.
/// </summary>
/// <remarks>
/// Why not <c>UseDelayedRedelivery</c> or <c>UseScheduledRedelivery</c>: the first needs RabbitMQ's delayed-message
/// exchange plugin, which Debian's rabbitmq-server does not ship (and RabbitMQ no longer maintains); the second needs
/// a message scheduler, and MassTransit.Quartz is not served by our package registry. A table in the service's own
/// database would fail exactly when the database is down, the outage this is for. So the delay lives on the broker,
/// in the classic way: a durable queue per delay whose messages expire (<c>x-message-ttl</c>) and are dead-lettered
/// back to the endpoint's exchange (<see cref="ReceiveEndpointTopology"/> declares them).
/// </remarks>
public sealed class DelayQueueRedeliveryFilter<TMessage>(RedeliverySchedule schedule) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        context.GetOrAddPayload<MessageRedeliveryContext>(() => new DelayQueueRedeliveryContext<TMessage>(context));
        var retry = new RedeliveryRetryFilter<ConsumeContext<TMessage>, TMessage>(
            Retry.Intervals(schedule.Delays.ToArray()), new RetryObservable());
        return retry.Send(context, new ImmediateRetryPipe(next));
    }

    /// <summary>
    /// The immediate retries (5, after 0.2, 0.7, 1.7, 3.7 and 7.7 s), inside each delivery. They live here rather than
    /// in <c>UseMessageRetry</c>, which MassTransit would place outside this filter (retrying the scheduling of the
    /// redelivery instead of the consumer). Each attempt runs the inbox filter again, in a fresh transaction.
    /// </summary>
    private sealed class ImmediateRetryPipe(IPipe<ConsumeContext<TMessage>> next) : IPipe<ConsumeContext<TMessage>>
    {
        private static readonly TimeSpan[] Waits =
            [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(700), TimeSpan.FromMilliseconds(1700),
             TimeSpan.FromMilliseconds(3700), TimeSpan.FromMilliseconds(7700)];

        public async Task Send(ConsumeContext<TMessage> context)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await next.Send(context);
                    return;
                }
                catch (Exception exception) when (attempt < Waits.Length && exception is not OperationCanceledException
                                                  && !context.CancellationToken.IsCancellationRequested)
                {
                    await Task.Delay(Waits[attempt], context.CancellationToken);
                }
            }
        }

        public void Probe(ProbeContext context) => next.Probe(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("delayQueueRedelivery");
}

/// <summary>Sends the message being consumed, unchanged and with its message id, to the delay queue for one delay.</summary>
internal sealed class DelayQueueRedeliveryContext<TMessage>(ConsumeContext<TMessage> context) : MessageRedeliveryContext
    where TMessage : class
{
    public async Task ScheduleRedelivery(TimeSpan delay, Action<ConsumeContext, SendContext>? callback = null)
    {
        var queue = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        var endpoint = await context.GetSendEndpoint(new Uri($"exchange:{RedeliverySchedule.DelayQueue(queue, delay)}"));
        var redeliveries = context.GetRedeliveryCount() + 1;
        await endpoint.Send(context.Message, Pipe.Execute<SendContext<TMessage>>(send =>
        {
            // The same message id, so that the inbox still recognises it; the same conversation for the traces.
            send.MessageId = context.MessageId;
            send.CorrelationId = context.CorrelationId;
            send.ConversationId = context.ConversationId;
            send.InitiatorId = context.InitiatorId;
            send.SourceAddress = context.SourceAddress;
            foreach (var header in context.Headers.GetAll())
            {
                if (!header.Key.StartsWith("MT-Fault-", StringComparison.Ordinal)) send.Headers.Set(header.Key, header.Value);
            }
            send.Headers.Set(MessageHeaders.RedeliveryCount, redeliveries);
            // A delay queue that is missing (not deployed) must fail the send rather than drop the message: the
            // failure then parks it in _error, where an operator sees it.
            if (send.TryGetPayload<RabbitMqSendContext>(out var rabbit)) rabbit.Mandatory = true;
            callback?.Invoke(context, send);
        }), context.CancellationToken);
        MessagingMetrics.Redelivered.Add(1);
    }
}
