using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Messaging.Retention;

/// <summary>The moment of one pass and how long the rule's table keeps rows: rows older than <see cref="Cutoff"/> may go.</summary>
public sealed record RetentionTime(DateTimeOffset Now, TimeSpan Keep)
{
    public DateTimeOffset Cutoff => Now - Keep;
}

/// <summary>One table's rule: deletes what it no longer needs and says how many rows went.</summary>
public sealed class RetentionRule(string table, TimeSpan keep, Func<IServiceProvider, RetentionTime, int, CancellationToken, Task<long>> prune)
{
    /// <summary>The table (also the metric's tag and the key under <c>Retention:Keep</c>).</summary>
    public string Table { get; } = table;

    /// <summary>How long rows are kept unless configured otherwise.</summary>
    public TimeSpan DefaultKeep { get; } = keep;

    public Task<long> PruneAsync(IServiceProvider scopedServices, RetentionTime time, int batchSize, CancellationToken cancellationToken) =>
        prune(scopedServices, time, batchSize, cancellationToken);
}

/// <summary>What a service registers in <c>AddRetention</c>: one rule per table.</summary>
public sealed class RetentionRules<TDbContext> where TDbContext : DbContext
{
    internal List<RetentionRule> Rules { get; } = [];

    /// <summary>
    /// Deletes the rows of <typeparamref name="TEntity"/> that <paramref name="expired"/> selects, in batches of
    /// <see cref="RetentionOptions.BatchSize"/>, each batch its own statement (and so its own short transaction).
    /// </summary>
    public RetentionRules<TDbContext> Prune<TEntity>(string table, TimeSpan keep, Func<RetentionTime, Expression<Func<TEntity, bool>>> expired)
        where TEntity : class =>
        Add(table, keep, async (services, time, batchSize, ct) =>
        {
            var rows = services.GetRequiredService<TDbContext>().Set<TEntity>();
            var predicate = expired(time);
            long total = 0;
            int deleted;
            do
            {
                deleted = await rows.Where(predicate).Take(batchSize).ExecuteDeleteAsync(ct);
                total += deleted;
            }
            while (deleted == batchSize);
            return total;
        });

    /// <summary>A rule that deletes by other means (a library's own prune), given the scoped services.</summary>
    public RetentionRules<TDbContext> Add(string table, TimeSpan keep, Func<IServiceProvider, RetentionTime, int, CancellationToken, Task<long>> prune)
    {
        Rules.Add(new RetentionRule(table, keep, prune));
        return this;
    }
}
