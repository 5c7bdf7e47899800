using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Onboarding.Messaging.Retention;

/// <summary>
/// One run of every retention rule of the service. Rules are independent: one that fails is logged and the others
/// still run. Several replicas may run a pass at the same moment without harm (see <see cref="RetentionService"/>).
/// </summary>
public sealed partial class RetentionPass(
    IReadOnlyList<RetentionRule> rules,
    IServiceScopeFactory scopes,
    IOptionsMonitor<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionPass> logger)
{
    public const string MeterName = "Onboarding.Retention";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Pruned =
        Meter.CreateCounter<long>("onboarding.retention.pruned", "{row}", "Rows deleted by the retention pass, by table");

    public IReadOnlyList<RetentionRule> Rules => rules;

    /// <summary>Runs every rule once; returns the rows each deleted (a failed rule is missing).</summary>
    public async Task<IReadOnlyDictionary<string, long>> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var pruned = new Dictionary<string, long>();
        foreach (var rule in rules)
        {
            var keep = settings.Keep.TryGetValue(rule.Table, out var configured) ? configured : rule.DefaultKeep;
            var started = Stopwatch.GetTimestamp();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var rows = await rule.PruneAsync(scope.ServiceProvider, new RetentionTime(now, keep), settings.BatchSize, cancellationToken);
                pruned[rule.Table] = rows;
                Pruned.Add(rows, new KeyValuePair<string, object?>("table", rule.Table));
                if (rows > 0) LogPruned(rows, rule.Table, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The rows stay until the next pass; nothing depends on them being gone.
                LogRuleFailed(exception, rule.Table);
            }
        }
        return pruned;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Rows} rows from {Table} in {ElapsedMs:F0} ms")]
    private partial void LogPruned(long rows, string table, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention rule for {Table} failed; it runs again at the next pass")]
    private partial void LogRuleFailed(Exception exception, string table);
}
