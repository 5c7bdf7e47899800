using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Application;

/// <summary>Deadline reminders (docs/architecture.md §9.8), from configuration section <c>Membership:Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Membership:Reminders";

    /// <summary>Off unless configured: a wave mails every member not yet done.</summary>
    public bool Enabled { get; set; }

    /// <summary>The first day e-money stops for members not done (the gateway's <c>Onboarding:CutoverDate</c>).</summary>
    public DateOnly CutoverDate { get; set; } = new(2027, 1, 1);

    /// <summary>
    /// One wave this many days before the cut-over, each: comma-separated, because configuration layers merge lists
    /// index by index (an override of "7,3" over five defaults would keep the other three).
    /// </summary>
    [RegularExpression(@"^\s*\d{1,3}\s*(,\s*\d{1,3}\s*)*$")]
    public string DaysBefore { get; set; } = "30,14,7,3,1";

    public IEnumerable<int> WaveDays => DaysBefore.Split(',').Select(days => int.Parse(days.Trim(), System.Globalization.CultureInfo.InvariantCulture)).Distinct();

    /// <summary>The time of day (Japan) a wave becomes due.</summary>
    public TimeOnly SendAt { get; set; } = new(10, 0);

    /// <summary>Mails per second, all replicas together: what the SMTP relay and the members' providers accept.</summary>
    [Range(1, 10_000)]
    public int PerSecond { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Plans the configured waves and sends due ones in throttled batches. A batch is one transaction on the wave's row
/// (<c>FOR UPDATE SKIP LOCKED</c>: one replica at a time), re-reads who is not yet done (a member who completes
/// mid-wave gets nothing more), records a delivery per member (primary key: once per wave, across restarts and
/// replicas) and queues the mails in the outbox with it, each with a <see cref="MemberReminded"/> for the SMS.
/// </summary>
public sealed class ReminderSender(MembershipDbContext db, TimeProvider clock, IOptions<ReminderOptions> options,
    IOptions<MembershipOptions> membership)
{
    /// <summary>How far apart batches are; a batch holds <see cref="ReminderOptions.PerSecond"/> mails.</summary>
    public static readonly TimeSpan BatchPeriod = TimeSpan.FromSeconds(1);

    /// <summary>Adds the configured waves that are not there yet (a changed cut-over date adds new ones).</summary>
    public async Task PlanAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        foreach (var days in settings.WaveDays)
        {
            var day = settings.CutoverDate.AddDays(-days);
            var dueAt = new DateTimeOffset(day.ToDateTime(settings.SendAt), FunnelReader.JapanOffset).ToUniversalTime();
            var id = ReminderWave.IdOf(settings.CutoverDate, days);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO reminder_waves (id, cutover_date, days_before, due_at, sent)
                VALUES ({id}, {settings.CutoverDate}, {days}, {dueAt}, 0) ON CONFLICT (id) DO NOTHING
                """, cancellationToken);
        }
    }

    /// <summary>Sends one batch of the first due wave this replica can take; false when there was nothing to send now.</summary>
    public async Task<bool> SendBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // One wave at a time, the earliest due, so that overlapping waves share the rate instead of adding up;
            // a replica finding it locked leaves the batch to the one holding it.
            var earliest = await db.ReminderWaves
                .Where(w => w.CompletedAt == null && (w.DueAt <= now || w.ReleasedAt != null))
                .OrderBy(w => w.DueAt).ThenBy(w => w.Id).Select(w => w.Id).FirstOrDefaultAsync(ct);
            if (earliest is null) return false;
            var wave = await db.ReminderWaves
                .FromSql($"SELECT * FROM reminder_waves WHERE id = {earliest} FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(ct);
            if (wave is null || !wave.MaySendBatch(now)) return false;

            var batch = options.Value.PerSecond;
            var cursor = wave.Cursor ?? Guid.Empty;
            var due = await db.Database.SqlQuery<DueMember>($"""
                SELECT s.member_id, s.stage, m.registered_email AS email
                FROM member_funnel_stages s JOIN members m ON m.id = s.member_id
                WHERE s.member_id > {cursor} AND s.stage <> 'completed' AND m.registered_email IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.wave_id = {wave.Id} AND d.member_id = s.member_id)
                ORDER BY s.member_id
                LIMIT {batch}
                """).ToListAsync(ct);

            var lastDay = wave.CutoverDate.AddDays(-1);
            foreach (var member in due)
            {
                var stage = FunnelStages.Parse(member.Stage)!.Value;
                db.ReminderDeliveries.Add(new ReminderDelivery { WaveId = wave.Id, MemberId = member.MemberId, Stage = stage, SentAt = now });
                db.SendThroughOutbox(QueueNames.Notification, new SendDeadlineReminder(member.MemberId, wave.Id, member.Email,
                    NextStep(stage), StepPage(stage), lastDay, "ja"), clock);
                // With the mail, never apart from it: identity-portal sends the SMS where a phone is verified (§9.8).
                db.PublishThroughOutbox(new MemberReminded(member.MemberId, wave.Id, NextStep(stage), StepPage(stage), lastDay, now), clock);
            }
            wave.RecordBatch(due.Count, due.Count > 0 ? due[^1].MemberId : null, finished: due.Count < batch, now, BatchPeriod);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return due.Count > 0;
        }, cancellationToken);
    }

    /// <summary>Not started counts as STEP 1: it is where the member begins.</summary>
    private static string NextStep(FunnelStage stage) => stage switch
    {
        FunnelStage.Step2 => "step2",
        FunnelStage.Step3 => "step3",
        _ => "step1",
    };

    private Uri StepPage(FunnelStage stage) =>
        new(new Uri(membership.Value.PublicBaseUrl.TrimEnd('/') + "/"), NextStep(stage));

    private sealed record DueMember(Guid MemberId, string Stage, string Email);
}

/// <summary>Plans the waves at start, then sends due batches as the throttle allows and looks again every poll interval.</summary>
public sealed class ReminderDispatcher(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock,
    ILogger<ReminderDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var planned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sender = scope.ServiceProvider.GetRequiredService<ReminderSender>();
                if (!planned) await sender.PlanAsync(stoppingToken);
                planned = true;
                sent = await sender.SendBatchAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Sending deadline reminders failed; trying again in {Interval}", options.Value.PollInterval);
            }
            await Task.Delay(sent ? ReminderSender.BatchPeriod : options.Value.PollInterval, clock, stoppingToken);
        }
    }
}
