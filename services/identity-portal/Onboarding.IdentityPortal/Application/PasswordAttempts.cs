using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Application;

public enum PasswordVerdict
{
    Verified,
    Wrong,
    Locked,
}

/// <summary>A password tried: whether it matched; when wrong, tries left; when locked, for how long.</summary>
public readonly record struct PasswordAttempt(PasswordVerdict Verdict, int AttemptsRemaining, TimeSpan? RetryAfter);

/// <summary>
/// One password tried against an address, counted towards the address's lock-out (<see cref="SignInLockout"/>) inside
/// the caller's transaction. Password sign-in and the settings' current-password check both go through here, so
/// guessing through either counts towards the same lock-out. An address without an account costs the same hashing work.
/// </summary>
public sealed class PasswordAttempts(IdentityDbContext db, IPasswordHasher<PortalUser> passwords, VerificationCodeHasher hasher, PortalMetrics metrics)
{
    // A real hash of a random password, checked when the address has no account so both cases take as long.
    private static readonly Lazy<string> UnknownAccountHash = new(() =>
        new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()));

    /// <summary>Must run inside a transaction the caller commits (with <c>SaveChangesAsync</c>): the lock-out row stays locked until then.</summary>
    public async Task<PasswordAttempt> TryAsync(string email, PortalUser? user, string password, DateTimeOffset now, CancellationToken ct)
    {
        var lockout = await LockLockoutAsync(hasher.AddressKey(email), ct);
        if (lockout.RemainingLock(now) is { } wait) return new(PasswordVerdict.Locked, 0, wait);

        var verified = false;
        if (user?.PasswordHash is { } hash)
        {
            verified = passwords.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
        }
        else
        {
            passwords.VerifyHashedPassword(new PortalUser(), UnknownAccountHash.Value, password);
        }
        if (verified)
        {
            lockout.Reset();
            return new(PasswordVerdict.Verified, SignInLockout.MaxFailedAttempts, null);
        }
        if (lockout.RecordFailure(now))
        {
            metrics.LockedOut();
            return new(PasswordVerdict.Locked, 0, lockout.RemainingLock(now));
        }
        return new(PasswordVerdict.Wrong, SignInLockout.MaxFailedAttempts - lockout.FailedAttempts, null);
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
