using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Application;

/// <summary>
/// Records one step's fact on a member's progress and, when it is the last of the three, publishes
/// <see cref="MemberOnboardingCompleted"/> through the outbox. Runs inside the caller's transaction (the STEP 1
/// verification or a consumer's inbox transaction) and leaves saving to it, so the fact, the completion and the
/// event commit together or not at all.
/// </summary>
public sealed class OnboardingProgressRecorder(MembershipDbContext db, TimeProvider clock, MembershipMetrics metrics)
{
    /// <returns>The progress after <paramref name="record"/>, or null when the member is not on the roster.</returns>
    public async Task<OnboardingProgress?> RecordAsync(Guid memberId, Action<OnboardingProgress> record, CancellationToken cancellationToken)
    {
        var progress = await LockAsync(memberId, cancellationToken);
        if (progress is null) return null;

        record(progress);
        if (progress.TryComplete())
        {
            var memberNumber = await db.Members.Where(m => m.Id == memberId).Select(m => m.MemberNumber).SingleAsync(cancellationToken);
            db.PublishThroughOutbox(new MemberOnboardingCompleted(memberId, memberNumber, progress.CompletedAt!.Value), clock);
            // Counted before the caller commits: a commit that fails and is retried can count twice, never zero times.
            metrics.OnboardingCompleted();
        }
        return progress;
    }

    /// <summary>
    /// The member's progress row, created if new, locked until the transaction ends. Events of one member queue up
    /// here, so of two concurrent (or redelivered) last facts only one sees the row incomplete and publishes.
    /// </summary>
    private async Task<OnboardingProgress?> LockAsync(Guid memberId, CancellationToken cancellationToken)
    {
        // Inserted only for a member on the roster; a concurrent insert of the same row waits here, then does nothing.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO onboarding_progress (member_id, updated_at)
            SELECT id, {clock.GetUtcNow()} FROM members WHERE id = {memberId}
            ON CONFLICT (member_id) DO NOTHING
            """, cancellationToken);
        return await db.OnboardingProgress
            .FromSql($"SELECT * FROM onboarding_progress WHERE member_id = {memberId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
    }
}
