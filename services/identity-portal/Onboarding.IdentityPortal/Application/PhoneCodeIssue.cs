using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// What STEP 2's phone step and the settings' phone change do alike before a code goes by SMS or voice call
/// (docs/architecture.md §6.2): queue up on the member's and then the number's advisory locks (always in this order,
/// so no two requests wait on each other), then check the flow's cooldown and the daily caps per number and per member,
/// counting the codes of both kinds, so neither is a way around the other's caps. Runs inside the caller's transaction.
/// </summary>
internal static class PhoneCodeIssue
{
    /// <summary>Null when the code may go; otherwise the 429 to answer, named as STEP 2 has always named it.</summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(IdentityDbContext db, Guid memberId, string e164, SentCode? latestOfFlow,
        DateTimeOffset now, HttpContext http, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"phone-member:" + memberId}))", ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({e164}))", ct);
        var since = now - PhoneCodeChallenge.CapWindow;
        var toNumber = (await db.PhoneCodeChallenges.Where(c => c.PhoneNumber == e164 && c.CreatedAt > since).ToListAsync(ct))
            .Concat<SentCode>(await db.PhoneChangeCodes.Where(c => c.PhoneNumber == e164 && c.CreatedAt > since).ToListAsync(ct))
            .OrderBy(c => c.CreatedAt).ToList();
        var forMember = (await db.PhoneCodeChallenges
                .Where(c => c.CreatedAt > since && db.SignupFlows.Any(f => f.Id == c.FlowId && f.MemberId == memberId))
                .Select(c => c.CreatedAt).ToListAsync(ct))
            .Concat(await db.PhoneChangeCodes
                .Where(c => c.CreatedAt > since && db.Users.Any(u => u.Id == c.FlowId && u.MemberId == memberId))
                .Select(c => c.CreatedAt).ToListAsync(ct))
            .Order().ToList();
        var (refusal, wait) = PhoneCodeChallenge.MaySend(latestOfFlow, toNumber, forMember, now);
        return refusal switch
        {
            null => null,
            CodeRefusal.TooSoon => Problems.Of(http, StatusCodes.Status429TooManyRequests, "resend_too_soon", retryAfter: wait),
            CodeRefusal.DailyLimit => Problems.Of(http, StatusCodes.Status429TooManyRequests, "phone_daily_limit_reached", retryAfter: wait),
            _ => Problems.Of(http, StatusCodes.Status429TooManyRequests, "phone_member_daily_limit_reached", retryAfter: wait),
        };
    }
}
