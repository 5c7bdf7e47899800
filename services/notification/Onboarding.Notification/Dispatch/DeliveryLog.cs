using Microsoft.EntityFrameworkCore;
using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// Writes the delivery log with its own DbContext, outside the consumer's inbox transaction, each write committed
/// at once. That is what makes the log trustworthy: a <c>failed</c> row survives the rollback of the consumer that
/// threw, and a <c>sent</c> row is committed the moment the server accepted the mail, so even a redelivery after a
/// lost inbox commit finds it and sends nothing.
/// </summary>
public sealed class DeliveryLog(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Records the command as queued (first time) and returns its row, as it now stands.</summary>
    public async Task<Delivery> OpenAsync(DeliveryTicket ticket, CancellationToken cancellationToken)
    {
        return await WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO deliveries (id, command_id, channel, template, recipient_masked, recipient_hash, status, attempts, queued_at)
                VALUES ({Guid.CreateVersion7()}, {ticket.CommandId}, {ticket.Channel.ToString()}, {ticket.Template},
                        {ticket.RecipientMasked}, {ticket.RecipientHash}, {nameof(DeliveryStatus.Queued)}, 0, {clock.GetUtcNow()})
                ON CONFLICT (command_id) DO NOTHING
                """, cancellationToken);
            return await db.Deliveries.AsNoTracking().SingleAsync(d => d.CommandId == ticket.CommandId, cancellationToken);
        });
    }

    /// <summary>An attempt failed and will be retried: count it and keep the reason.</summary>
    public Task RecordFailedAttemptAsync(Guid deliveryId, string reason) =>
        UpdateAsync(deliveryId, DeliveryStatus.Queued, attempted: true, reason, sentAt: null);

    public Task MarkSentAsync(Guid deliveryId) =>
        UpdateAsync(deliveryId, DeliveryStatus.Sent, attempted: true, reason: null, sentAt: clock.GetUtcNow());

    /// <param name="attempted">False when nothing was tried (e.g. the code had expired before delivery).</param>
    public Task MarkFailedAsync(Guid deliveryId, string reason, bool attempted) =>
        UpdateAsync(deliveryId, DeliveryStatus.Failed, attempted, reason, sentAt: null);

    /// <summary>
    /// Records a provider's later report on a phone message (a status callback). A report for an earlier stage than
    /// the one recorded (callbacks arrive out of order) changes nothing, and nor does one for another provider message.
    /// </summary>
    public Task<ProviderStatusOutcome> RecordProviderStatusAsync(Guid commandId, ProviderStatusReport report) =>
        WithDbAsync(async db =>
        {
            var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.CommandId == commandId, CancellationToken.None);
            if (delivery is null || delivery.Channel == DeliveryChannel.Email) return ProviderStatusOutcome.NotFound;
            if (delivery.Channel != report.Channel) return ProviderStatusOutcome.WrongChannel;
            if (delivery.ProviderMessageId is { } known && known != report.ProviderMessageId) return ProviderStatusOutcome.OtherMessage;
            if (report.Rank < report.RankOf(delivery.ProviderStatus)) return ProviderStatusOutcome.Stale;

            delivery.ProviderMessageId = report.ProviderMessageId;
            delivery.ProviderStatus = report.Status;
            delivery.ProviderErrorCode = report.ErrorCode;
            delivery.ProviderStatusAt = clock.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
            return ProviderStatusOutcome.Recorded;
        });

    // Never cancelled: once the server accepted the mail (or failed) the log must say so, even while shutting down.
    private Task UpdateAsync(Guid deliveryId, DeliveryStatus status, bool attempted, string? reason, DateTimeOffset? sentAt)
    {
        var now = clock.GetUtcNow();
        return WithDbAsync(db => db.Deliveries
            .Where(d => d.Id == deliveryId)
            .ExecuteUpdateAsync(set =>
            {
                set.SetProperty(d => d.Status, status).SetProperty(d => d.FailureReason, reason);
                if (attempted) set.SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.LastAttemptAt, now);
                if (sentAt is not null) set.SetProperty(d => d.SentAt, sentAt);
            }, CancellationToken.None));
    }

    private async Task<T> WithDbAsync<T>(Func<NotificationDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
    }
}
