using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// Password sign-in with lock-out (<see cref="SignInLockout"/>). An unknown address and a wrong password get the same
/// answer, cost the same hashing work and count towards the same lock-out.
/// </summary>
public sealed class PasswordSignIn(IdentityDbContext db, UserManager<PortalUser> users, VerificationCodeHasher hasher,
    PortalTokenIssuer tokens, PortalMetrics metrics, TimeProvider clock)
{
    public const string Method = "password";

    // A real hash of a random password, checked when the address has no account so both cases take as long.
    private static readonly Lazy<string> UnknownAccountHash = new(() =>
        new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()));

    public async Task<IResult> SignInAsync(string email, string password, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        var emailKey = hasher.AddressKey(email);
        var strategy = db.Database.CreateExecutionStrategy();
        var refused = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var lockout = await LockLockoutAsync(emailKey, ct);
            var now = clock.GetUtcNow();
            if (lockout.RemainingLock(now) is { } wait)
            {
                return Problems.Of(http, StatusCodes.Status429TooManyRequests, "sign_in_locked", retryAfter: wait);
            }

            var verified = false;
            if (user?.PasswordHash is { } hash)
            {
                verified = users.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
            }
            else
            {
                users.PasswordHasher.VerifyHashedPassword(new PortalUser(), UnknownAccountHash.Value, password);
            }
            IResult? answer = null;
            if (verified)
            {
                lockout.Reset();
            }
            else if (lockout.RecordFailure(now))
            {
                metrics.LockedOut();
                answer = Problems.Of(http, StatusCodes.Status429TooManyRequests, "sign_in_locked", retryAfter: lockout.RemainingLock(now));
            }
            else
            {
                answer = Problems.Of(http, StatusCodes.Status401Unauthorized, "invalid_credentials", attemptsRemaining: SignInLockout.MaxFailedAttempts - lockout.FailedAttempts);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return answer;
        }, cancellationToken);

        if (refused is not null)
        {
            metrics.SignInRefused(Method, "password");
            return refused;
        }
        metrics.SignedIn(Method);
        return tokens.TokensFor(http, user!);
    }

    /// <summary>The address's lock-out row, created if new, locked for this transaction so parallel tries count.</summary>
    private async Task<SignInLockout> LockLockoutAsync(byte[] emailKey, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO sign_in_lockouts (email_key, failed_attempts) VALUES ({emailKey}, 0) ON CONFLICT DO NOTHING", ct);
        // The retention pass may delete a row that counts nothing between the insert and this lock: then insert again.
        return await db.SignInLockouts
            .FromSql($"SELECT * FROM sign_in_lockouts WHERE email_key = {emailKey} FOR UPDATE").SingleOrDefaultAsync(ct)
            ?? await LockLockoutAsync(emailKey, ct);
    }
}
