using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// The code mailed to the new address confirms an <see cref="EmailChange"/>. In one transaction: the code is spent; if
/// the address belongs to another account (or another member confirmed it in STEP 1) the change is refused
/// (<c>email_unavailable</c>, told only now, to whoever read that mailbox); otherwise the account's address and user name
/// become the new one, the member's <c>confirmed_addresses</c> row too (the address counts as confirmed here at once),
/// <see cref="PortalEmailChanged"/> is published and <see cref="SendEmailChangedNotice"/> goes to the previous address.
/// </summary>
public sealed class EmailChangeConfirmation(IdentityDbContext db, VerificationCodeHasher hasher, ILookupNormalizer normalizer, TimeProvider clock)
{
    public sealed record EmailChanged(string Email);

    public async Task<Results<Ok<EmailChanged>, ProblemHttpResult>> ConfirmAsync(Guid accountId, Guid emailChangeId, string? typedCode,
        HttpContext http, CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(typedCode);
        if (string.IsNullOrWhiteSpace(typedCode)) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.required" });
        if (code is null) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.format" });

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locking the change serialises guesses, so the attempt count cannot be outrun by parallel requests.
            var change = await db.EmailChanges.FromSql($"SELECT * FROM email_changes WHERE id = {emailChangeId} FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            // Another account's change is answered as an unknown one.
            if (change is null || change.AccountId != accountId) return NotFound(http);
            var now = clock.GetUtcNow();
            if (change.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "email_change_expired");
            if (change.CompletedAt is not null) return Problems.Of(http, StatusCodes.Status410Gone, "email_change_used");

            var challenge = await db.EmailChangeCodes.Where(c => c.FlowId == change.Id).OrderByDescending(c => c.CreatedAt).FirstAsync(ct);
            var check = challenge.Verify(hash => hasher.Matches(challenge.Id, code, hash), now);
            ProblemHttpResult? refused = check switch
            {
                CodeCheck.Confirmed => await ApplyAsync(change, http, now, ct),
                CodeCheck.Wrong => Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_code", attemptsRemaining: challenge.AttemptsRemaining),
                CodeCheck.Locked => Problems.Of(http, StatusCodes.Status410Gone, "code_locked", attemptsRemaining: 0),
                CodeCheck.Expired => Problems.Of(http, StatusCodes.Status410Gone, "code_expired"),
                CodeCheck.AlreadyUsed => Problems.Of(http, StatusCodes.Status410Gone, "email_change_used"),
                _ => Problems.Of(http, StatusCodes.Status410Gone, "code_superseded"),
            };
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return refused is null
                ? TypedResults.Ok(new EmailChanged(change.Email))
                : (Results<Ok<EmailChanged>, ProblemHttpResult>)refused;
        }, cancellationToken);
    }

    /// <summary>The confirmed address becomes the account's, unless it is someone else's; null when done.</summary>
    private async Task<ProblemHttpResult?> ApplyAsync(EmailChange change, HttpContext http, DateTimeOffset now, CancellationToken ct)
    {
        if (await AccountSettingsApi.LockAccountAsync(db, change.AccountId, ct) is not { } user) return NotFound(http);
        var normalized = normalizer.NormalizeEmail(change.Email);
        var mailbox = MailboxAddress.Key(change.Email);
        var taken = await db.Users.AnyAsync(u => u.Id != user.Id && (u.NormalizedEmail == normalized || u.NormalizedUserName == normalized), ct)
            || await db.ConfirmedAddresses.AnyAsync(a => a.MemberId != user.MemberId && a.Email.ToLower() == mailbox, ct);
        if (taken) return Problems.Of(http, StatusCodes.Status409Conflict, "email_unavailable");

        var previous = user.Email!;
        user.Email = change.Email;
        user.UserName = change.Email;
        user.NormalizedEmail = normalized;
        user.NormalizedUserName = normalizer.NormalizeName(change.Email);
        user.EmailConfirmed = true;
        // As ASP.NET Core Identity does on an e-mail change. The refresh tokens' password version is unaffected, so the
        // member's own sitting goes on.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        change.Complete(now);
        // The new address counts as confirmed here at once; a late STEP 1 confirmation (older) never replaces it.
        await db.Database.ExecuteSqlAsync(
            $"UPDATE confirmed_addresses SET email = {change.Email}, confirmed_at = {now} WHERE member_id = {user.MemberId}", ct);

        db.PublishThroughOutbox(new PortalEmailChanged(user.Id, user.MemberId, change.Email, now), clock);
        db.SendThroughOutbox(QueueNames.Notification,
            new SendEmailChangedNotice(user.Id, previous, EmailAddress.Mask(change.Email), now, MemberCulture.Of(http.Request)), clock);
        return null;
    }

    private static ProblemHttpResult NotFound(HttpContext http) => Problems.Of(http, StatusCodes.Status404NotFound, "email_change_not_found");
}
