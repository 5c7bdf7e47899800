using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Onboarding.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent: in one transaction it records (message id, receive endpoint) in the inbox,
/// runs the consumer (which uses the same scoped DbContext), and commits. A redelivered message finds its inbox
/// row and is acknowledged without a second effect; a failed consumer rolls back both, so the retry starts clean.
/// </summary>
public sealed partial class InboxFilter<TMessage>(ServiceDbContextAccessor dbAccessor, TimeProvider clock, ILogger<InboxFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("Messages without a MessageId cannot be deduplicated.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        var db = dbAccessor.DbContext;

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Blocks on the unique key while another delivery of the same message is in flight, then sees it.
            var firstTime = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO inbox_messages (message_id, consumer, processed_at)
                VALUES ({messageId}, {consumer}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, ct) == 1;
            if (!firstTime)
            {
                LogDuplicate(messageId, consumer);
                MessagingMetrics.InboxDuplicates.Add(1);
                return;
            }

            await next.Send(context);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, context.CancellationToken);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} already handled by {Consumer}; acknowledged without effect")]
    private partial void LogDuplicate(Guid messageId, string consumer);
}
