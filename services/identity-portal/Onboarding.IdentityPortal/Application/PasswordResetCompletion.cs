using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// The mailed code and a new password (STEP 2's password rules) end a password reset. In one transaction: the code is
/// spent and the password replaced by <see cref="PasswordReplacement"/> (every refresh token and authorization of the
/// account revoked, so every sitting ends at its next renewal, within an access token's 10 minutes; the address's
/// password lock-out lifted, the member having just proved they read its mail; the notice and the event in the
/// outbox). A reset for an address without an account can never complete: its stored code matches nothing, and every
/// code is answered as wrong.
/// </summary>
public sealed class PasswordResetCompletion(IdentityDbContext db, VerificationCodeHasher hasher, PasswordReplacement replacement,
    PortalMetrics metrics, TimeProvider clock)
{
    public async Task<Results<Ok<PasswordResetApi.PasswordChanged>, ProblemHttpResult>> CompleteAsync(Guid passwordResetId, PasswordResetApi.CompletionRequest request, HttpContext http,
        CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(request.Code);
        var strategy = db.Database.CreateExecutionStrategy();
        var (changedAt, refused) = await strategy.ExecuteAsync<(DateTimeOffset?, ProblemHttpResult?)>(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locking the reset serialises guesses, so the attempt count cannot be outrun by parallel requests.
            var reset = await db.PasswordResets.FromSql($"SELECT * FROM password_resets WHERE id = {passwordResetId} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (reset is null) return (null, Problems.Of(http, StatusCodes.Status404NotFound, "password_reset_not_found"));
            var now = clock.GetUtcNow();
            if (reset.IsExpired(now)) return (null, Problems.Of(http, StatusCodes.Status410Gone, "password_reset_expired"));
            // A replay of a code that already set a password: refused, whatever code comes with it.
            if (reset.CompletedAt is not null) return (null, Problems.Of(http, StatusCodes.Status410Gone, "password_reset_used"));

            // Every field's error at once, before the code is tried: a typo in the new password costs no attempt.
            var errors = new Dictionary<string, string>();
            if (string.IsNullOrWhiteSpace(request.Code)) errors["code"] = "code.required";
            else if (code is null) errors["code"] = "code.format";
            if (ProfileRules.CheckPassword(request.Password, reset.Email) is { } passwordError) errors["password"] = passwordError;
            if (string.IsNullOrEmpty(request.PasswordConfirmation)) errors["passwordConfirmation"] = "passwordConfirmation.required";
            else if (request.PasswordConfirmation != request.Password) errors["passwordConfirmation"] = "passwordConfirmation.mismatch";
            if (errors.Count > 0) return (null, Problems.Validation(http, errors));

            var challenge = await db.PasswordResetCodes
                .Where(c => c.FlowId == reset.Id).OrderByDescending(c => c.CreatedAt).FirstAsync(ct);
            // One look-up either way, so an address without an account costs the same work.
            var accountId = reset.AccountId ?? Guid.Empty;
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == accountId, ct);
            // The account check after the same hashing work is a second guard beside the unmatchable hash.
            var check = challenge.Verify(hash => hasher.Matches(challenge.Id, code!, hash) && user is not null, now);
            if (check == CodeCheck.Confirmed)
            {
                reset.Complete(now);
                await replacement.ReplaceAsync(user!, request.Password!, byReset: true, now, http, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return check switch
            {
                CodeCheck.Confirmed => (now, (ProblemHttpResult?)null),
                CodeCheck.Wrong => (null, Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_code", attemptsRemaining: challenge.AttemptsRemaining)),
                CodeCheck.Locked => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_locked", attemptsRemaining: 0)),
                CodeCheck.Expired => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_expired")),
                CodeCheck.AlreadyUsed => (null, Problems.Of(http, StatusCodes.Status410Gone, "password_reset_used")),
                _ => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_superseded")),
            };
        }, cancellationToken);

        if (refused is not null) return refused;
        metrics.PasswordResetCompleted();
        return TypedResults.Ok(new PasswordResetApi.PasswordChanged(changedAt!.Value));
    }
}
