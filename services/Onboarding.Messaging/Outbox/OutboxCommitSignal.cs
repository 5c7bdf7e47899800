using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Onboarding.Messaging.Outbox;

/// <summary>
/// Wakes the relay right after a commit, so an outbox message leaves in milliseconds rather than at the next poll.
/// It fires after every save and every explicit commit (not only those that wrote outbox rows): a spare wake-up
/// costs one indexed query, while a missed one would cost a poll interval.
/// </summary>
public sealed class OutboxCommitSignal : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Waits for the next commit or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(timeout, cancellationToken);
    }

    public void Notify()
    {
        // Coalesce: one pending wake-up is enough however many commits happened meanwhile.
        try { _signal.Release(); } catch (SemaphoreFullException) { }
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Notify();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Notify();
        return Task.CompletedTask;
    }
}
