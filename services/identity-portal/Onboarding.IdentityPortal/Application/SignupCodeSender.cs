using Onboarding.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// Starts a sign-up for an address confirmed in STEP 1, or sends its code again, under the limits of docs/architecture.md §6.2:
/// resend after 60 s, at most 10 codes per address per 24 h, a new code voids the older ones. The mail command
/// leaves through the outbox in the same transaction.
/// </summary>
public sealed class SignupCodeSender(IdentityDbContext db, VerificationCodeHasher hasher, TimeProvider clock)
{
    public const string Step1Page = "/step1";

    public async Task<Results<Created<SignupApi.SignupStarted>, ProblemHttpResult>> StartAsync(
        string email, HttpContext http, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // One member's requests queue up on their address row, so the cooldown and the cap hold under parallel clicks.
            // The address typed here may differ in case from the one confirmed in STEP 1 (MailboxAddress).
            var address = await db.ConfirmedAddresses
                .FromSql($"SELECT * FROM confirmed_addresses WHERE lower(email) = lower({email}) ORDER BY confirmed_at DESC LIMIT 1 FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            if (address is null) return Problems.Of(http, StatusCodes.Status409Conflict, "step1_not_completed", nextStep: Step1Page);
            if (address.AccountId is not null) return Problems.Of(http, StatusCodes.Status409Conflict, "account_exists");

            var now = clock.GetUtcNow();
            if (await RepeatedStartAsync(address.MemberId, email, now, ct) is var (started, code))
            {
                return (Results<Created<SignupApi.SignupStarted>, ProblemHttpResult>)TypedResults.Created(
                    $"/api/portal/signups/{started.Id}", SignupApi.SignupStarted.Of(started, code));
            }
            // What the member typed is what the code is mailed to and what the account keeps.
            var flow = SignupFlow.Start(Guid.CreateVersion7(now), address.MemberId, email, now);
            var (issued, refused) = await IssueCodeAsync(flow, isNewFlow: true, http, ct);
            if (issued is null) return refused!;
            await transaction.CommitAsync(ct);
            return (Results<Created<SignupApi.SignupStarted>, ProblemHttpResult>)TypedResults.Created(
                $"/api/portal/signups/{flow.Id}", SignupApi.SignupStarted.Of(flow, issued));
        }, cancellationToken);
    }

    /// <summary>The code page's "send again": a new code for the same sign-up and address, under the same limits.</summary>
    public async Task<Results<Accepted<SignupApi.SignupStarted>, ProblemHttpResult>> ResendAsync(
        Guid signupId, HttpContext http, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var flow = await db.SignupFlows.SingleOrDefaultAsync(f => f.Id == signupId, ct);
            if (flow is null) return Problems.Of(http, StatusCodes.Status404NotFound, "signup_not_found");
            var now = clock.GetUtcNow();
            if (flow.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "signup_expired");
            if (flow.Status != SignupStatus.EmailPending) return Problems.Of(http, StatusCodes.Status410Gone, "code_used");

            var address = await db.ConfirmedAddresses
                .FromSql($"SELECT * FROM confirmed_addresses WHERE member_id = {flow.MemberId} FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            // The member confirmed another address in STEP 1 since: this sign-up's address no longer counts.
            if (address is null || !MailboxAddress.Same(address.Email, flow.Email))
            {
                return Problems.Of(http, StatusCodes.Status409Conflict, "step1_not_completed", nextStep: Step1Page);
            }
            if (address.AccountId is not null) return Problems.Of(http, StatusCodes.Status409Conflict, "account_exists");

            var (issued, refused) = await IssueCodeAsync(flow, isNewFlow: false, http, ct);
            if (issued is null) return refused!;
            await transaction.CommitAsync(ct);
            return (Results<Accepted<SignupApi.SignupStarted>, ProblemHttpResult>)TypedResults.Accepted(
                $"/api/portal/signups/{flow.Id}", SignupApi.SignupStarted.Of(flow, issued));
        }, cancellationToken);
    }

    /// <summary>
    /// The sign-up a press a moment ago started for the same member and address, while its code is still inside the
    /// resend cooldown (§6.2, repeated presses): a press repeated after the first one's answer was lost continues it.
    /// </summary>
    private async Task<(SignupFlow Flow, EmailCodeChallenge Code)?> RepeatedStartAsync(Guid memberId, string email, DateTimeOffset now, CancellationToken ct)
    {
        var mailbox = MailboxAddress.Key(email);
        var latest = await db.EmailCodeChallenges
            .Where(c => c.Email.ToLower() == mailbox)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(ct);
        if (latest is null || !latest.AnswersRepeatedSend(now)) return null;
        var flow = await db.SignupFlows.SingleAsync(f => f.Id == latest.FlowId, ct);
        var same = flow.MemberId == memberId && flow.Status == SignupStatus.EmailPending && !flow.IsExpired(now)
            && string.Equals(flow.Email, email, StringComparison.Ordinal);
        return same ? (flow, latest) : null;
    }

    /// <summary>Adds and saves a new code (and the flow when new), or answers why not.</summary>
    private async Task<(EmailCodeChallenge? Issued, ProblemHttpResult? Refused)> IssueCodeAsync(SignupFlow flow, bool isNewFlow, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var mailbox = MailboxAddress.Key(flow.Email);
        var recent = await db.EmailCodeChallenges
            .Where(c => c.Email.ToLower() == mailbox && c.CreatedAt > now - EmailCodeChallenge.CapWindow)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(ct);
        var (refusal, wait) = EmailCodeChallenge.MaySend(recent, now);
        if (refusal is not null)
        {
            return (null, Problems.Of(http, StatusCodes.Status429TooManyRequests,
                refusal == CodeRefusal.TooSoon ? "resend_too_soon" : "daily_limit_reached", retryAfter: wait));
        }

        foreach (var older in recent) older.Void();
        if (isNewFlow) db.SignupFlows.Add(flow);
        var codeId = Guid.CreateVersion7(now);
        var code = VerificationCode.NewCode();
        var challenge = EmailCodeChallenge.Issue(codeId, flow.Id, flow.Email, hasher.Hash(codeId, code), now);
        db.EmailCodeChallenges.Add(challenge);
        db.SendThroughOutbox(QueueNames.Notification,
            new SendPortalEmailCode(flow.Id, flow.Email, code, challenge.ExpiresAt, MemberCulture.Of(http.Request)), clock);
        await db.SaveChangesAsync(ct);
        return (challenge, null);
    }
}
