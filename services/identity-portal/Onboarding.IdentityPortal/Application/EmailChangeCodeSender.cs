using Microsoft.AspNetCore.Http.HttpResults;
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
/// Starts the member's change to a new address, or mails its code again, under the e-mail code limits of
/// docs/architecture.md §6.2 (<see cref="MailboxCodeIssue"/>, with a count of its own per new mailbox), and at most
/// <see cref="EmailChange.AccountDailyCap"/> a day for the account across all addresses. Every
/// well-formed new address gets a code, whether or not another account has it: that is told only to whoever confirms
/// the code (<see cref="EmailChangeConfirmation"/>).
/// </summary>
public sealed class EmailChangeCodeSender(IdentityDbContext db, VerificationCodeHasher hasher, TimeProvider clock)
{
    public sealed record Started(Guid EmailChangeId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

    public async Task<Results<Accepted<Started>, ProblemHttpResult>> StartAsync(Guid accountId, string email, HttpContext http,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == accountId, cancellationToken);
        if (user is null) return AccountSettingsApi.SignInRequired(http);
        if (MailboxAddress.Same(user.Email!, email))
        {
            return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.unchanged" });
        }
        return await SendAsync(http, cancellationToken, _ =>
        {
            var now = clock.GetUtcNow();
            var change = EmailChange.Start(Guid.CreateVersion7(now), accountId, email, now);
            db.EmailChanges.Add(change);
            return Task.FromResult<EmailChange?>(change);
        });
    }

    public Task<Results<Accepted<Started>, ProblemHttpResult>> ResendAsync(Guid accountId, Guid emailChangeId, HttpContext http,
        CancellationToken cancellationToken) =>
        // Another account's change is answered as an unknown one.
        SendAsync(http, cancellationToken, ct => db.EmailChanges.SingleOrDefaultAsync(c => c.Id == emailChangeId && c.AccountId == accountId, ct));

    private async Task<Results<Accepted<Started>, ProblemHttpResult>> SendAsync(
        HttpContext http, CancellationToken cancellationToken, Func<CancellationToken, Task<EmailChange?>> findOrStart)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var change = await findOrStart(ct);
            var now = clock.GetUtcNow();
            if (change is null) return Problems.Of(http, StatusCodes.Status404NotFound, "email_change_not_found");
            if (change.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "email_change_expired");
            if (change.CompletedAt is not null) return Problems.Of(http, StatusCodes.Status410Gone, "email_change_used");

            // The account's own cap first, under a lock of its own so parallel requests cannot outrun it.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"email-change-account:" + change.AccountId}))", ct);
            var sentForAccount = await db.EmailChangeCodes
                .Where(c => c.CreatedAt > now - SentCode.CapWindow && db.EmailChanges.Any(e => e.Id == c.FlowId && e.AccountId == change.AccountId))
                .OrderBy(c => c.CreatedAt).Select(c => c.CreatedAt).ToListAsync(ct);
            if (sentForAccount.Count >= EmailChange.AccountDailyCap)
            {
                return Problems.Of(http, StatusCodes.Status429TooManyRequests, "daily_limit_reached",
                    retryAfter: sentForAccount[^EmailChange.AccountDailyCap] + SentCode.CapWindow - now);
            }
            var issue = await MailboxCodeIssue.IssueAsync(db, hasher, "email-change", change.Email, hasAccount: true, now,
                (mailbox, since, token) => db.EmailChangeCodes
                    .Where(c => c.Email.ToLower() == mailbox && c.CreatedAt > since)
                    .OrderBy(c => c.CreatedAt)
                    .ToListAsync(token),
                ct);
            if (issue.TooMany(http) is { } tooMany) return tooMany;

            var code = EmailChangeCode.Issue(issue.CodeId, change.Id, change.Email, issue.CodeHash, now);
            db.EmailChangeCodes.Add(code);
            db.SendThroughOutbox(QueueNames.Notification,
                new SendEmailChangeCode(change.Id, change.Email, issue.Code, code.ExpiresAt, MemberCulture.Of(http.Request)), clock);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Accepted<Started>, ProblemHttpResult>)TypedResults.Accepted(
                "/api/portal/account", new Started(change.Id, EmailAddress.Mask(change.Email), change.ExpiresAt, code.ExpiresAt, code.ResendAvailableAt));
        }, cancellationToken);
    }
}
