using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Onboarding.Messaging.Outbox;

/// <summary>
/// Wakes the relay right after a commit that wrote outbox rows, so a message leaves in milliseconds rather than at
/// the next poll. A save inside an explicit transaction waits for that transaction's commit (before it, the rows are
/// invisible to the relay); a rollback forgets them. Saves without outbox rows (the relay's own among them) never
/// signal, or the relay would wake itself forever.
/// </summary>
public sealed class OutboxCommitSignal : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Contexts that saved outbox rows whose transaction has not committed yet.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    /// <summary>Waits for the next commit with outbox rows (true), or the timeout (false), whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);

    public void Notify()
    {
        // Coalesce: one pending wake-up is enough however many commits happened meanwhile.
        try { _signal.Release(); } catch (SemaphoreFullException) { }
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RememberOutboxRows(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RememberOutboxRows(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfPending(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void RememberOutboxRows(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    /// <summary>After a save: without an explicit transaction the rows are committed now.</summary>
    private void NotifyIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) NotifyIfPending(context);
    }

    private void NotifyIfPending(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) Notify();
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }
}
