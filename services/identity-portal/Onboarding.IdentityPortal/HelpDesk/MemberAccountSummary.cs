using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.HelpDesk;

/// <summary>
/// What the help desk shows of a member's portal account once staff opened the member (the console audits the opening
/// before it asks): the account in full (address, number, name), the state of password sign-in for its address, the
/// latest sign-up and whether the account was deleted. Null when identity-portal has never seen the member.
/// </summary>
public sealed class MemberAccountSummaryReader(IdentityDbContext db, VerificationCodeHasher hasher, TimeProvider clock)
{
    public sealed record Summary(
        Guid MemberId,
        bool AccountExists,
        AccountView? Account,
        SignupView? LatestSignup,
        DateTimeOffset? DeletedAt);

    /// <param name="PhoneVerifiedAt">When the account's number was last proven: its newest confirmed phone change (kept a
    /// day), else the sign-up's verification; null when neither is recorded any more.</param>
    public sealed record AccountView(
        Guid AccountId,
        DateTimeOffset CreatedAt,
        string? Email,
        string? PhoneNumber,
        string FamilyName,
        string GivenName,
        DateTimeOffset? PhoneVerifiedAt,
        PasswordSignInView PasswordSignIn);

    /// <param name="FailedAttempts">Wrong passwords in a row counted against the address.</param>
    /// <param name="LockedUntil">Set while password sign-in is locked for the address.</param>
    public sealed record PasswordSignInView(int FailedAttempts, bool Locked, DateTimeOffset? LockedUntil);

    public sealed record SignupView(Guid SignupId, string Status, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, string Email);

    public async Task<Summary?> ReadAsync(Guid memberId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.MemberId == memberId, ct);
        var signup = await db.SignupFlows.AsNoTracking().Where(f => f.MemberId == memberId)
            .OrderByDescending(f => f.CreatedAt).FirstOrDefaultAsync(ct);
        var deletion = await db.AccountDeletions.AsNoTracking().Where(d => d.MemberId == memberId)
            .OrderByDescending(d => d.RequestedAt).FirstOrDefaultAsync(ct);
        if (account is null && signup is null && deletion is null) return null;

        AccountView? view = null;
        if (account is not null)
        {
            var phoneChanged = await db.PhoneChangeCodes.AsNoTracking()
                .Where(c => c.FlowId == account.Id && c.Status == CodeStatus.Used && c.PhoneNumber == account.PhoneNumber)
                .MaxAsync(c => c.UsedAt, ct);
            var signupVerified = await db.SignupFlows.AsNoTracking()
                .Where(f => f.AccountId == account.Id && f.PhoneNumber == account.PhoneNumber)
                .MaxAsync(f => f.PhoneVerifiedAt, ct);
            view = new AccountView(account.Id, account.CreatedAt, account.Email, account.PhoneNumber, account.FamilyName,
                account.GivenName, phoneChanged ?? signupVerified, await PasswordSignInAsync(account.Email, now, ct));
        }
        var signupView = signup is null ? null : new SignupView(signup.Id, Status(signup, now), signup.CreatedAt, signup.ExpiresAt, signup.Email);
        return new Summary(memberId, account is not null, view, signupView, deletion?.CompletedAt);
    }

    private async Task<PasswordSignInView> PasswordSignInAsync(string? email, DateTimeOffset now, CancellationToken ct)
    {
        if (email is null) return new PasswordSignInView(0, false, null);
        var key = hasher.AddressKey(email);
        var lockout = await db.SignInLockouts.AsNoTracking().SingleOrDefaultAsync(l => l.EmailKey == key, ct);
        var lockedUntil = lockout?.RemainingLock(now) is not null ? lockout.LockedUntil : null;
        // A count whose last failure is forgotten (a day without one) no longer counts: the next failure starts over.
        var counting = lockout is { LastFailureAt: { } last } && last > now - SignInLockout.FailureMemory;
        return new PasswordSignInView(counting || lockedUntil is not null ? lockout!.FailedAttempts : 0, lockedUntil is not null, lockedUntil);
    }

    private static string Status(SignupFlow flow, DateTimeOffset now) => flow.Status switch
    {
        SignupStatus.Completed => "completed",
        _ when flow.IsExpired(now) => "expired",
        SignupStatus.EmailPending => "email-pending",
        SignupStatus.EmailVerified => "email-verified",
        _ => "profile-set",
    };
}
