using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// Password sign-in with lock-out (<see cref="SignInLockout"/>, through <see cref="PasswordAttempts"/>). An unknown
/// address and a wrong password get the same answer, cost the same hashing work and count towards the same lock-out.
/// </summary>
public sealed class PasswordSignIn(IdentityDbContext db, UserManager<PortalUser> users, PasswordAttempts attempts,
    PortalTokenIssuer tokens, PortalMetrics metrics, TimeProvider clock)
{
    public const string Method = "password";

    public async Task<IResult> SignInAsync(string email, string password, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        var strategy = db.Database.CreateExecutionStrategy();
        var refused = await strategy.ExecuteAsync<IResult?>(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var attempt = await attempts.TryAsync(email, user, password, clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return attempt.Verdict switch
            {
                PasswordVerdict.Verified => null,
                PasswordVerdict.Locked => Problems.Of(http, StatusCodes.Status429TooManyRequests, "sign_in_locked", retryAfter: attempt.RetryAfter),
                _ => Problems.Of(http, StatusCodes.Status401Unauthorized, "invalid_credentials", attemptsRemaining: attempt.AttemptsRemaining),
            };
        }, cancellationToken);

        if (refused is not null)
        {
            metrics.SignInRefused(Method, "password");
            return refused;
        }
        metrics.SignedIn(Method);
        return tokens.TokensFor(http, user!);
    }
}
