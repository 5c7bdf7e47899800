using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// 設定 → パスワードの変更: the current password and a new one (STEP 2's rules, twice). A wrong current password counts
/// towards the address's password lock-out exactly as a wrong password at sign-in does (<see cref="PasswordAttempts"/>),
/// so the settings are no side door for guessing. On success <see cref="PasswordReplacement"/> does what a reset does
/// (every sitting of the account revoked, notice, event), and this request answers with fresh tokens, as the token
/// endpoint would: the member's own browser goes on under the new password, every other sitting ends.
/// </summary>
public sealed class AccountPasswordChange(IdentityDbContext db, PasswordAttempts attempts, PasswordReplacement replacement,
    PortalTokenIssuer tokens, PortalMetrics metrics, TimeProvider clock)
{
    public async Task<IResult> ChangeAsync(Guid accountId, AccountSettingsApi.PasswordChangeRequest request, HttpContext http,
        CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var (user, refused) = await strategy.ExecuteAsync<(PortalUser?, IResult?)>(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await AccountSettingsApi.LockAccountAsync(db, accountId, ct) is not { } user) return (null, AccountSettingsApi.SignInRequired(http));

            // Every field's error at once, before the current password is tried: a typo in the new one costs no attempt.
            var errors = new Dictionary<string, string>();
            if (string.IsNullOrEmpty(request.CurrentPassword)) errors["currentPassword"] = "currentPassword.required";
            if (ProfileRules.CheckPassword(request.Password, user.Email!) is { } passwordError) errors["password"] = passwordError;
            if (string.IsNullOrEmpty(request.PasswordConfirmation)) errors["passwordConfirmation"] = "passwordConfirmation.required";
            else if (request.PasswordConfirmation != request.Password) errors["passwordConfirmation"] = "passwordConfirmation.mismatch";
            if (errors.Count > 0) return (null, Problems.Validation(http, errors));

            var now = clock.GetUtcNow();
            var attempt = await attempts.TryAsync(user.Email!, user, request.CurrentPassword!, now, ct);
            if (attempt.Verdict == PasswordVerdict.Verified)
            {
                await replacement.ReplaceAsync(user, request.Password!, byReset: false, now, http, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return attempt.Verdict switch
            {
                PasswordVerdict.Verified => (user, null),
                PasswordVerdict.Locked => (null, Problems.Of(http, StatusCodes.Status429TooManyRequests, "sign_in_locked", retryAfter: attempt.RetryAfter)),
                _ => (null, Problems.Of(http, StatusCodes.Status400BadRequest, "current_password_incorrect", attemptsRemaining: attempt.AttemptsRemaining)),
            };
        }, cancellationToken);

        if (refused is not null) return refused;
        metrics.PasswordChanged();
        // Issued after the revocation has committed, so these are the only live tokens of the account.
        return tokens.TokensFor(http, user!);
    }
}
