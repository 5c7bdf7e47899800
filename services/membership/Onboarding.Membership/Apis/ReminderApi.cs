using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.ServiceDefaults.OpenApi;

namespace Onboarding.Membership.Apis;

/// <summary>
/// Deadline reminder waves for operators (docs/architecture.md §9.8): their state, a preview of whom a wave would
/// mail now (per co-op and next step), and releasing a wave before it is due.
/// </summary>
public static class ReminderApi
{
    public static RouteGroupBuilder MapReminderApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapGet("/reminder-waves", ListWaves).WithSummary("The deadline reminder waves and how far each is");
        operatorApi.MapGet("/reminder-waves/{waveId}", GetWave)
            .WithSummary("One wave, with a preview of whom it would mail now per co-op and next step")
            .ProducesProblems((404, "wave_not_found"));
        operatorApi.MapPost("/reminder-waves/{waveId}/release", ReleaseWave)
            .WithSummary("Release a wave now, before it is due (sending starts within the poll interval)")
            .ProducesProblems((404, "wave_not_found"), (409, "wave_already_released"));
        return operatorApi;
    }

    public sealed record Wave(string Id, int DaysBefore, DateTimeOffset DueAt, DateTimeOffset? ReleasedAt, DateTimeOffset? StartedAt,
        DateTimeOffset? CompletedAt, int Sent)
    {
        public static Wave Of(ReminderWave wave) =>
            new(wave.Id, wave.DaysBefore, wave.DueAt, wave.ReleasedAt, wave.StartedAt, wave.CompletedAt, wave.Sent);
    }

    /// <param name="Members">Members the wave would mail now, per next step (<c>step1</c> includes not started).</param>
    public sealed record CoopPreview(string Coop, IReadOnlyDictionary<string, int> Members, int Total);

    public sealed record WaveWithPreview(Wave Wave, IReadOnlyList<CoopPreview> Preview, int Total);

    public static async Task<Ok<IReadOnlyList<Wave>>> ListWaves(MembershipDbContext db, CancellationToken cancellationToken)
    {
        var waves = await db.ReminderWaves.AsNoTracking().OrderBy(w => w.DueAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<Wave>>(waves.Select(Wave.Of).ToList());
    }

    public static async Task<Results<Ok<WaveWithPreview>, ProblemHttpResult>> GetWave(
        string waveId, HttpContext http, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var wave = await db.ReminderWaves.AsNoTracking().SingleOrDefaultAsync(w => w.Id == waveId, cancellationToken);
        if (wave is null) return Problems.Of(http, StatusCodes.Status404NotFound, "wave_not_found");

        // Whom the wave would mail if it ran now: not done, with an address, not yet mailed by this wave.
        var counts = wave.CompletedAt is not null ? [] : await db.Database.SqlQuery<PreviewCount>($"""
            SELECT s.coop, CASE WHEN s.stage = 'not_started' THEN 'step1' ELSE s.stage END AS next_step, count(*)::int AS members
            FROM member_funnel_stages s JOIN members m ON m.id = s.member_id
            WHERE s.stage <> 'completed' AND m.registered_email IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.wave_id = {wave.Id} AND d.member_id = s.member_id)
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);
        string[] steps = ["step1", "step2", "step3"];
        var preview = counts.GroupBy(c => c.Coop).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoopPreview(g.Key, steps.ToDictionary(step => step, step => g.Where(c => c.NextStep == step).Sum(c => c.Members)),
                g.Sum(c => c.Members)))
            .ToList();
        return TypedResults.Ok(new WaveWithPreview(Wave.Of(wave), preview, preview.Sum(p => p.Total)));
    }

    public static async Task<Results<Ok<Wave>, ProblemHttpResult>> ReleaseWave(
        string waveId, HttpContext http, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // No lock needed: releasing only sets released_at, and a batch that took the wave meanwhile makes it 409 next time.
        var wave = await db.ReminderWaves.SingleOrDefaultAsync(w => w.Id == waveId, cancellationToken);
        if (wave is null) return Problems.Of(http, StatusCodes.Status404NotFound, "wave_not_found");
        if (!wave.Release(clock.GetUtcNow())) return Problems.Of(http, StatusCodes.Status409Conflict, "wave_already_released");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Wave.Of(wave));
    }

    private sealed record PreviewCount(string Coop, string NextStep, int Members);
}
