using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;

namespace Onboarding.Membership.Application;

/// <summary>
/// Counts the members of every co-op at every funnel stage (one pass over the roster and the progress rows) and keeps
/// the reading as today's rows of <c>funnel_snapshots</c> (docs/architecture.md §9.6). Replicas may read at the
/// same time: each writes the same rows, and the later reading wins.
/// </summary>
public sealed class FunnelReader(MembershipDbContext db, TimeProvider clock, FunnelGauge gauge)
{
    /// <summary>Japan time, where the co-ops are: a day of the trend is a Japanese day.</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(JapanOffset).DateTime);

    public async Task<IReadOnlyList<FunnelSnapshot>> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = DayOf(now);
        var counted = await db.Database.SqlQuery<StageCount>($"""
            SELECT coop, stage, count(*)::int AS members
            FROM member_funnel_stages
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);

        // Every stage of every co-op, zeros included, so a stage that empties is written as 0 rather than left stale.
        var byKey = counted.ToDictionary(c => (c.Coop, FunnelStages.Parse(c.Stage)!.Value), c => c.Members);
        var rows = counted.Select(c => c.Coop).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(coop => FunnelStages.All.Select(stage => new FunnelSnapshot
            {
                Day = day, Coop = coop, Stage = stage, Members = byKey.GetValueOrDefault((coop, stage)), TakenAt = now,
            }))
            .ToList();

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO funnel_snapshots (day, coop, stage, members, taken_at)
                SELECT {day}, coop, stage, members, {now}
                FROM unnest({rows.Select(r => r.Coop).ToArray()}::text[], {rows.Select(r => r.Stage.Name()).ToArray()}::text[],
                            {rows.Select(r => r.Members).ToArray()}::int[]) AS t(coop, stage, members)
                ON CONFLICT (day, coop, stage) DO UPDATE SET members = excluded.members, taken_at = excluded.taken_at
                """, ct);
            // A co-op no longer on the roster leaves today's reading.
            await db.Database.ExecuteSqlAsync($"DELETE FROM funnel_snapshots WHERE day = {day} AND taken_at < {now}", ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);

        gauge.Show(rows);
        return rows;
    }

    private sealed record StageCount(string Coop, string Stage, int Members);
}

/// <summary>
/// <c>onboarding.funnel.members</c> (tags <c>coop</c>, <c>stage</c>): the members at each stage at this replica's latest
/// reading, for the dashboard. Nothing is observed before the first reading.
/// </summary>
public sealed class FunnelGauge
{
    private volatile IReadOnlyList<FunnelSnapshot> _latest = [];

    public FunnelGauge(IMeterFactory meters)
    {
        meters.Create(MembershipMetrics.MeterName).CreateObservableGauge("onboarding.funnel.members",
            () => _latest.Select(row => new Measurement<int>(row.Members,
                new KeyValuePair<string, object?>("coop", row.Coop), new KeyValuePair<string, object?>("stage", row.Stage.Name()))),
            "{member}", "Members per co-op at each funnel stage (not_started, step1, step2, step3, completed), at the latest reading");
    }

    public void Show(IReadOnlyList<FunnelSnapshot> rows) => _latest = rows;
}

public sealed class FunnelOptions
{
    public const string Section = "Membership:Funnel";

    /// <summary>How often the funnel is read: one pass over the roster (1.1–1.3 s for 1.5 M members, architecture §9.6).</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Reads the funnel at start and then every <see cref="FunnelOptions.Interval"/>; a failed reading waits for the next.</summary>
public sealed class FunnelReadings(IServiceScopeFactory scopes, IOptions<FunnelOptions> options, TimeProvider clock,
    ILogger<FunnelReadings> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<FunnelReader>().ReadAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Reading the funnel failed; the next reading is in {Interval}", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
