using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// Replaces an account's password, whether by a reset (パスワードをお忘れの方) or from the settings (current password
/// given). Inside the caller's transaction: the new hash and stamps, the address's password lock-out lifted, the notice
/// to the account's address and <see cref="PortalPasswordChanged"/> put in the outbox, and every refresh token and
/// authorization of the account revoked — so every sitting ends at its next renewal (or at once at identity-portal's
/// own API, which checks token entries). A settings change then hands the member's own browser fresh tokens.
/// </summary>
public sealed class PasswordReplacement(IdentityDbContext db, IPasswordHasher<PortalUser> passwords, VerificationCodeHasher hasher,
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock)
{
    public async Task ReplaceAsync(PortalUser user, string password, bool byReset, DateTimeOffset now, HttpContext http, CancellationToken ct)
    {
        var email = user.Email!;
        user.PasswordHash = passwords.HashPassword(user, password);
        // What ASP.NET Core Identity changes with a password: anything keyed to the old credentials stops matching
        // (and the refresh tokens' password version, PortalTokenIssuer.PasswordVersion, changes with the hash).
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();

        // The lock-out counts by a keyed hash of the mailbox; the member who proved the mailbox or the old password is
        // not kept out any longer.
        // Changes already tracked (a lock-out row the current password just reset) are saved first, so the delete is last.
        await db.SaveChangesAsync(ct);
        var emailKey = hasher.AddressKey(email);
        await db.SignInLockouts.Where(l => l.EmailKey == emailKey).ExecuteDeleteAsync(ct);

        db.SendThroughOutbox(QueueNames.Notification,
            new SendPasswordChangedNotice(user.Id, email, now, MemberCulture.Of(http.Request), byReset), clock);
        db.PublishThroughOutbox(new PortalPasswordChanged(user.Id, user.MemberId, byReset, now), clock);
        await db.SaveChangesAsync(ct);

        // OpenIddict's stores work on this same DbContext, inside this transaction: the revocation commits with the
        // new password, or neither does.
        var subject = user.Id.ToString();
        await tokens.RevokeBySubjectAsync(subject, ct);
        await authorizations.RevokeBySubjectAsync(subject, ct);
    }
}
