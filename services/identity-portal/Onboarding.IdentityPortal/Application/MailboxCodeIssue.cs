using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// What a sign-in and a password reset do alike to mail a code to a mailbox (docs/architecture.md §6.2): queue up on
/// the mailbox's advisory lock (however its address is cased), so the cooldown and the daily cap hold under parallel
/// clicks; refuse inside the cooldown or over the cap; void the older codes; make a new one. Without an account the
/// kept hash matches nothing, so a lucky guess finds no account either. Runs inside the caller's transaction.
/// </summary>
internal static class MailboxCodeIssue
{
    /// <summary>A refusal (with how long to wait), or the code to mail and the new challenge's id and hash.</summary>
    public sealed record Outcome(CodeRefusal? Refusal, TimeSpan Wait, Guid CodeId, string Code, byte[] CodeHash)
    {
        /// <summary>The 429 a refusal is answered with (<c>resend_too_soon</c> / <c>daily_limit_reached</c>), or null when the code may go.</summary>
        public ProblemHttpResult? TooMany(HttpContext http) => Refusal is { } refusal
            ? Problems.Of(http, StatusCodes.Status429TooManyRequests,
                refusal == CodeRefusal.TooSoon ? "resend_too_soon" : "daily_limit_reached", retryAfter: Wait)
            : null;
    }

    /// <param name="kind">Names the lock: each kind of code has a count of its own per mailbox.</param>
    /// <param name="recentCodes">The kind's codes sent to <c>mailbox</c> since the given time, oldest first.</param>
    public static async Task<Outcome> IssueAsync<TCode>(
        IdentityDbContext db, VerificationCodeHasher hasher, string kind, string email, bool hasAccount, DateTimeOffset now,
        Func<string, DateTimeOffset, CancellationToken, Task<List<TCode>>> recentCodes, CancellationToken ct)
        where TCode : SentCode
    {
        var mailbox = MailboxAddress.Key(email);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({kind + ":" + mailbox}))", ct);
        var recent = await recentCodes(mailbox, now - SentCode.CapWindow, ct);
        var (refusal, wait) = SentCode.MaySend(recent, EmailCodeChallenge.DailyCap, now);
        if (refusal is not null) return new Outcome(refusal, wait, Guid.Empty, "", []);

        foreach (var older in recent) older.Void();
        var codeId = Guid.CreateVersion7(now);
        var code = VerificationCode.NewCode();
        return new Outcome(null, TimeSpan.Zero, codeId, code, hasAccount ? hasher.Hash(codeId, code) : hasher.Unmatchable(codeId));
    }
}
