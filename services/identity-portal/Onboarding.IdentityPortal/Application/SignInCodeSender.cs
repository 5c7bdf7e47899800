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
/// Starts a sign-in by e-mailed code, or sends its code again, under the e-mail code limits of docs/architecture.md §6.2. An
/// address without an account goes through the same steps and limits and gets the same answer; only no mail leaves.
/// </summary>
public sealed class SignInCodeSender(IdentityDbContext db, UserManager<PortalUser> users, VerificationCodeHasher hasher,
    PortalMetrics metrics, TimeProvider clock)
{
    public async Task<Results<Accepted<SignInApi.SignInStarted>, ProblemHttpResult>> StartAsync(
        string email, HttpContext http, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email);
        if (await RepeatedStartAsync(email, cancellationToken) is var (started, code))
        {
            return TypedResults.Accepted($"/api/portal/sign-ins/{started.Id}", SignInApi.SignInStarted.Of(started, code));
        }
        return await SendAsync(http, cancellationToken, _ =>
        {
            var now = clock.GetUtcNow();
            var signIn = SignIn.Start(Guid.CreateVersion7(now), email, account?.Id, now);
            db.SignIns.Add(signIn);
            return Task.FromResult<SignIn?>(signIn);
        });
    }

    /// <summary>
    /// The sign-in a press a moment ago started for the same address, while its code is inside the resend cooldown
    /// (§6.2, repeated presses): a press repeated after the first one's answer was lost continues it. Alike for an
    /// address without an account, whose sign-ins and codes are kept the same way.
    /// </summary>
    private async Task<(SignIn SignIn, SignInCodeChallenge Code)?> RepeatedStartAsync(string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var mailbox = MailboxAddress.Key(email);
        var latest = await db.SignInCodeChallenges.AsNoTracking()
            .Where(c => c.Email.ToLower() == mailbox)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(ct);
        if (latest is null || !latest.AnswersRepeatedSend(now)) return null;
        var signIn = await db.SignIns.AsNoTracking().SingleAsync(s => s.Id == latest.FlowId, ct);
        var same = signIn.CompletedAt is null && !signIn.IsExpired(now) && string.Equals(signIn.Email, email, StringComparison.Ordinal);
        return same ? (signIn, latest) : null;
    }

    public Task<Results<Accepted<SignInApi.SignInStarted>, ProblemHttpResult>> ResendAsync(
        Guid signInId, HttpContext http, CancellationToken cancellationToken) =>
        SendAsync(http, cancellationToken, ct => db.SignIns.SingleOrDefaultAsync(s => s.Id == signInId, ct));

    private async Task<Results<Accepted<SignInApi.SignInStarted>, ProblemHttpResult>> SendAsync(
        HttpContext http, CancellationToken cancellationToken, Func<CancellationToken, Task<SignIn?>> findOrStart)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var signIn = await findOrStart(ct);
            var now = clock.GetUtcNow();
            if (signIn is null) return Problems.Of(http, StatusCodes.Status404NotFound, "sign_in_not_found");
            if (signIn.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "sign_in_expired");
            if (signIn.CompletedAt is not null) return Problems.Of(http, StatusCodes.Status410Gone, "code_used");

            var issue = await MailboxCodeIssue.IssueAsync(db, hasher, "sign-in", signIn.Email, signIn.AccountId is not null, now,
                (mailbox, since, token) => db.SignInCodeChallenges
                    .Where(c => c.Email.ToLower() == mailbox && c.CreatedAt > since)
                    .OrderBy(c => c.CreatedAt)
                    .ToListAsync(token),
                ct);
            if (issue.TooMany(http) is { } tooMany) return tooMany;

            var challenge = SignInCodeChallenge.Issue(issue.CodeId, signIn.Id, signIn.Email, issue.CodeHash, now);
            db.SignInCodeChallenges.Add(challenge);
            if (signIn.AccountId is not null)
            {
                db.SendThroughOutbox(QueueNames.Notification,
                    new SendSignInEmailCode(signIn.Id, signIn.Email, issue.Code, challenge.ExpiresAt, MemberCulture.Of(http.Request)), clock);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            metrics.SignInCodeSent();
            return (Results<Accepted<SignInApi.SignInStarted>, ProblemHttpResult>)TypedResults.Accepted(
                $"/api/portal/sign-ins/{signIn.Id}", SignInApi.SignInStarted.Of(signIn, challenge));
        }, cancellationToken);
    }
}
