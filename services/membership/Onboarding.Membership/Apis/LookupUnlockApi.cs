using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;

namespace Onboarding.Membership.Apis;

/// <summary>
/// The help desk's way out of a lock-out: unlocks one member number's lookups (the escalation starts over at 5 tries
/// and 15 minutes). Operator-only (mapped in <see cref="OperatorApi"/>). Unlike the member-facing lookup it says
/// whether the number is on the roster: the operator may know that (they import the roster), and a number that is
/// not on it is most likely mistyped — on the phone or on the notice.
/// </summary>
public static class LookupUnlockApi
{
    public const string Route = "/lookup-lockouts/{memberNumber}/unlock";

    /// <param name="MemberNumber">Normalised (12 ASCII digits).</param>
    /// <param name="WasLocked">The number was locked at this moment (a member told to wait).</param>
    /// <param name="LockedUntil">Until when it would have stayed locked, if it was.</param>
    public sealed record LookupUnlocked(string MemberNumber, bool KnownMember, bool WasLocked, DateTimeOffset? LockedUntil);

    /// <summary>200 whether or not the number had failures (unlocking twice is harmless); 400 for a malformed number.</summary>
    public static async Task<Results<Ok<LookupUnlocked>, ProblemHttpResult>> Unlock(
        string memberNumber, HttpContext http, MembershipDbContext db, TimeProvider clock, MembershipMetrics metrics,
        CancellationToken cancellationToken)
    {
        if (MemberNumber.Parse(memberNumber) is not { } number)
        {
            return Problems.Validation(http, new Dictionary<string, string> { ["memberNumber"] = "memberNumber.format" });
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            // Locked like a lookup locks it, so a lookup in flight cannot write its older state over the unlock.
            var budget = await db.LookupAttemptBudgets
                .FromSql($"SELECT * FROM lookup_attempt_budgets WHERE member_number = {number} FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            var wasLocked = budget?.IsLocked(now) ?? false;
            var lockedUntil = wasLocked ? budget!.LockedUntil : null;
            budget?.Unlock(now);
            var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.MemberNumber == number, ct);
            if (wasLocked && member is not null)
            {
                var record = await db.LookupLockouts.Where(r => r.MemberId == member.Id && r.LockedUntil > now)
                    .OrderByDescending(r => r.LockedAt).FirstOrDefaultAsync(ct);
                record?.Lift(now);
            }
            await db.SaveChangesAsync(ct);
            var known = member is not null;
            await transaction.CommitAsync(ct);
            metrics.Unlocked();
            return (Results<Ok<LookupUnlocked>, ProblemHttpResult>)TypedResults.Ok(new LookupUnlocked(number, known, wasLocked, lockedUntil));
        }, cancellationToken);
    }
}
