using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// Starts a password reset, or mails its code again, under the e-mail code limits of docs/architecture.md §6.2 (as
/// <see cref="SignInCodeSender"/> does for sign-ins, with a count of its own per mailbox). An address without an account
/// goes through the same steps and limits and gets the same answer; only no mail leaves and no code can match.
/// </summary>
public sealed class PasswordResetCodeSender(IdentityDbContext db, UserManager<PortalUser> users, VerificationCodeHasher hasher,
    PortalMetrics metrics, TimeProvider clock)
{
    public async Task<Results<Accepted<PasswordResetApi.PasswordResetStarted>, ProblemHttpResult>> StartAsync(
        string email, HttpContext http, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email);
        return await SendAsync(http, cancellationToken, _ =>
        {
            var now = clock.GetUtcNow();
            var reset = PasswordReset.Start(Guid.CreateVersion7(now), email, account?.Id, now);
            db.PasswordResets.Add(reset);
            return Task.FromResult<PasswordReset?>(reset);
        });
    }

    public Task<Results<Accepted<PasswordResetApi.PasswordResetStarted>, ProblemHttpResult>> ResendAsync(
        Guid passwordResetId, HttpContext http, CancellationToken cancellationToken) =>
        SendAsync(http, cancellationToken, ct => db.PasswordResets.SingleOrDefaultAsync(r => r.Id == passwordResetId, ct));

    private async Task<Results<Accepted<PasswordResetApi.PasswordResetStarted>, ProblemHttpResult>> SendAsync(
        HttpContext http, CancellationToken cancellationToken, Func<CancellationToken, Task<PasswordReset?>> findOrStart)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var reset = await findOrStart(ct);
            var now = clock.GetUtcNow();
            if (reset is null) return Problems.Of(http, StatusCodes.Status404NotFound, "password_reset_not_found");
            if (reset.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "password_reset_expired");
            if (reset.CompletedAt is not null) return Problems.Of(http, StatusCodes.Status410Gone, "password_reset_used");

            // Requests for one mailbox queue up here, so the cooldown and the daily cap hold under parallel clicks.
            var mailbox = MailboxAddress.Key(reset.Email);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"password-reset:" + mailbox}))", ct);
            var recent = await db.PasswordResetCodes
                .Where(c => c.Email.ToLower() == mailbox && c.CreatedAt > now - SentCode.CapWindow)
                .OrderBy(c => c.CreatedAt)
                .ToListAsync(ct);
            var (refusal, wait) = SentCode.MaySend(recent, EmailCodeChallenge.DailyCap, now);
            if (refusal is not null)
            {
                return Problems.Of(http, StatusCodes.Status429TooManyRequests,
                    refusal == CodeRefusal.TooSoon ? "resend_too_soon" : "daily_limit_reached", retryAfter: wait);
            }

            foreach (var older in recent) older.Void();
            var codeId = Guid.CreateVersion7(now);
            var code = VerificationCode.NewCode();
            // Without an account nothing is mailed and no code is kept: a lucky guess must not match anything.
            var codeHash = reset.AccountId is null ? hasher.Unmatchable(codeId) : hasher.Hash(codeId, code);
            var challenge = PasswordResetCode.Issue(codeId, reset.Id, reset.Email, codeHash, now);
            db.PasswordResetCodes.Add(challenge);
            if (reset.AccountId is not null)
            {
                db.SendThroughOutbox(QueueNames.Notification,
                    new SendPasswordResetCode(reset.Id, reset.Email, code, challenge.ExpiresAt, MemberCulture.Of(http.Request)), clock);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            metrics.PasswordResetCodeSent();
            return (Results<Accepted<PasswordResetApi.PasswordResetStarted>, ProblemHttpResult>)TypedResults.Accepted(
                $"/api/portal/password-resets/{reset.Id}", PasswordResetApi.PasswordResetStarted.Of(reset, challenge));
        }, cancellationToken);
    }
}
