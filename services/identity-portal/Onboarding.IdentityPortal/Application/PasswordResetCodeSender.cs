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

            var issue = await MailboxCodeIssue.IssueAsync(db, hasher, "password-reset", reset.Email, reset.AccountId is not null, now,
                (mailbox, since, token) => db.PasswordResetCodes
                    .Where(c => c.Email.ToLower() == mailbox && c.CreatedAt > since)
                    .OrderBy(c => c.CreatedAt)
                    .ToListAsync(token),
                ct);
            if (issue.TooMany(http) is { } tooMany) return tooMany;

            var challenge = PasswordResetCode.Issue(issue.CodeId, reset.Id, reset.Email, issue.CodeHash, now);
            db.PasswordResetCodes.Add(challenge);
            if (reset.AccountId is not null)
            {
                db.SendThroughOutbox(QueueNames.Notification,
                    new SendPasswordResetCode(reset.Id, reset.Email, issue.Code, challenge.ExpiresAt, MemberCulture.Of(http.Request)), clock);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            metrics.PasswordResetCodeSent();
            return (Results<Accepted<PasswordResetApi.PasswordResetStarted>, ProblemHttpResult>)TypedResults.Accepted(
                $"/api/portal/password-resets/{reset.Id}", PasswordResetApi.PasswordResetStarted.Of(reset, challenge));
        }, cancellationToken);
    }
}
