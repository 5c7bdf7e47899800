using Microsoft.Extensions.Options;
using Onboarding.Notification.Infrastructure;
using Polly;
using Polly.Retry;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// Delivers one command exactly as the delivery log allows, for every channel:
/// <list type="number">
/// <item>open the log row (queued) keyed by the command's message id; if it is already <c>sent</c>, do nothing;</item>
/// <item>if the code expired before it could be delivered, record <c>failed</c> and stop;</item>
/// <item>send, retrying transient failures a few times (Polly, <see cref="DeliveryOptions"/>; a
/// <see cref="RetryableDeliveryException.RetryAfter"/> sets the wait), each counted in the log;</item>
/// <item>success → <c>sent</c>; permanent failure → <c>failed</c> and the command is acknowledged (retrying cannot
/// help); transient failures left → <c>failed</c> and <see cref="TransientDeliveryException"/>, so MassTransit's
/// retry tries the whole command again and finally parks it in the <c>_error</c> queue.</item>
/// </list>
/// Every log write is committed on its own (see <see cref="DeliveryLog"/>), so it survives the inbox rollback.
/// </summary>
public sealed partial class DeliveryRunner(DeliveryLog log, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<DeliveryRunner> logger)
{
    private readonly DeliveryOptions _options = options.Value;

    /// <param name="send">Hands the message to the server or provider; throws on failure.</param>
    /// <param name="isPermanent">Whether a failure will never succeed on retry (e.g. SMTP 550 recipient rejected).</param>
    public async Task RunAsync(
        DeliveryTicket ticket,
        DateTimeOffset? expiresAt,
        Func<CancellationToken, Task> send,
        Func<Exception, bool> isPermanent,
        CancellationToken cancellationToken)
    {
        var delivery = await log.OpenAsync(ticket, cancellationToken);
        if (delivery.Status == DeliveryStatus.Sent)
        {
            LogAlreadySent(ticket.CommandId, ticket.Template);
            NotificationMetrics.RecordDuplicate(ticket);
            return;
        }

        if (expiresAt is { } expiry && expiry <= clock.GetUtcNow())
        {
            await log.MarkFailedAsync(delivery.Id, "Expired before delivery: the code is no longer valid.", attempted: false);
            LogExpired(ticket.CommandId, ticket.Template, ticket.RecipientMasked);
            NotificationMetrics.RecordFailed(ticket, "expired");
            return;
        }

        var pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(exception =>
                    !isPermanent(exception) && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested)),
                MaxRetryAttempts = Math.Max(0, _options.RetryAttempts),
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A provider that said when to come back (Retry-After) is asked again then, not sooner.
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is RetryableDeliveryException { RetryAfter: { } wait }
                        ? (TimeSpan?)(wait < _options.MaxRetryAfter ? wait : _options.MaxRetryAfter)
                        : null),
                OnRetry = async arguments =>
                {
                    var reason = FailureReason.Describe(arguments.Outcome.Exception!);
                    await log.RecordFailedAttemptAsync(delivery.Id, reason);
                    LogRetrying(ticket.CommandId, ticket.Template, ticket.RecipientMasked, arguments.AttemptNumber + 2, arguments.RetryDelay, reason);
                },
            })
            .Build();

        try
        {
            await pipeline.ExecuteAsync(async token => await send(token), cancellationToken);
        }
        catch (Exception exception) when (isPermanent(exception))
        {
            var reason = FailureReason.Describe(exception);
            await log.MarkFailedAsync(delivery.Id, reason, attempted: true);
            LogPermanentFailure(ticket.CommandId, ticket.Template, ticket.RecipientMasked, reason);
            NotificationMetrics.RecordFailed(ticket, "permanent");
            return;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = FailureReason.Describe(exception);
            await log.MarkFailedAsync(delivery.Id, reason, attempted: true);
            LogTransientFailure(ticket.CommandId, ticket.Template, ticket.RecipientMasked, reason);
            NotificationMetrics.RecordFailed(ticket, "transient");
            // The original exception may quote the address; MassTransit logs and stores what is thrown.
            throw new TransientDeliveryException(reason);
        }

        await log.MarkSentAsync(delivery.Id);
        LogSent(ticket.CommandId, ticket.Template, ticket.RecipientMasked);
        NotificationMetrics.RecordSent(ticket);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {CommandId} ({Template}) was already sent; nothing sent again")]
    private partial void LogAlreadySent(Guid commandId, string template);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Command {CommandId} ({Template}) to {Recipient} expired before delivery; not sent")]
    private partial void LogExpired(Guid commandId, string template, string recipient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Command {CommandId} ({Template}) to {Recipient}: attempt failed, try {NextAttempt} in {Delay}: {Reason}")]
    private partial void LogRetrying(Guid commandId, string template, string recipient, int nextAttempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Command {CommandId} ({Template}) to {Recipient} failed permanently; not retried: {Reason}")]
    private partial void LogPermanentFailure(Guid commandId, string template, string recipient, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {CommandId} ({Template}) to {Recipient} failed; handing it back to the bus for a later retry: {Reason}")]
    private partial void LogTransientFailure(Guid commandId, string template, string recipient, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {CommandId} ({Template}) sent to {Recipient}")]
    private partial void LogSent(Guid commandId, string template, string recipient);
}

/// <summary>A delivery failed for a reason that may pass (server unreachable, SMTP 4xx); the message is sanitised.</summary>
public sealed class TransientDeliveryException(string reason) : Exception(reason);
