using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// Deletes a member's portal account at their request (退会, architecture §6.9), in one transaction on identitydb: the
/// request recorded (<see cref="AccountDeletion"/>), the account row (with Identity's claims, logins and tokens, by
/// cascade), every OpenIddict token and authorization of it (deleted through OpenIddict's managers, which work on this
/// same DbContext, so they commit with the rest or not at all), the sign-ins, password resets, sign-ups and the
/// password lock-out of its address, and in the outbox <see cref="PortalAccountDeleted"/> (ids only) and the notice to
/// the address. STEP 1's confirmed address stays: it is membership's fact, and lets the member do STEP 2 again.
/// A replay finds the deletion recorded and changes nothing.
/// </summary>
public sealed class PortalAccountDeletion(IdentityDbContext db, VerificationCodeHasher hasher, IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations, PortalMetrics metrics, TimeProvider clock)
{
    public enum Outcome
    {
        Deleted,

        /// <summary>A replay: this account's deletion was recorded and carried out before.</summary>
        AlreadyDeleted,

        /// <summary>No such account and no deletion of it (a token from another environment's database).</summary>
        NotFound,
    }

    public async Task<Outcome> DeleteAsync(Guid accountId, string culture, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locked, so that two presses at once delete once: the second waits here, then finds the account gone.
            var account = await db.Users.FromSql($"SELECT * FROM asp_net_users WHERE id = {accountId} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (account is null)
            {
                return await db.AccountDeletions.AnyAsync(d => d.AccountId == accountId, ct) ? Outcome.AlreadyDeleted : Outcome.NotFound;
            }

            var now = clock.GetUtcNow();
            var deletion = AccountDeletion.Request(account, now);
            db.AccountDeletions.Add(deletion);
            var email = account.Email ?? account.UserName ?? "";
            await RemoveSignInsOfAsync(account.Id, email, ct);
            db.Users.Remove(account);
            deletion.Complete(now);
            db.PublishThroughOutbox(new PortalAccountDeleted(account.Id, account.MemberId, now), clock);
            db.SendThroughOutbox(QueueNames.Notification, new SendPortalAccountDeletedNotice(account.Id, email, now, culture), clock);
            await db.SaveChangesAsync(ct);

            await DeleteTokensOfAsync(account.Id.ToString(), ct);
            await transaction.CommitAsync(ct);
            return Outcome.Deleted;
        }, cancellationToken);

        if (outcome == Outcome.Deleted) metrics.AccountDeleted();
        return outcome;
    }

    /// <summary>What identity-portal keeps about the address's sign-ins: gone with the account (their codes by cascade).</summary>
    private async Task RemoveSignInsOfAsync(Guid accountId, string email, CancellationToken ct)
    {
        await db.SignIns.Where(s => s.AccountId == accountId || s.Email == email).ExecuteDeleteAsync(ct);
        await db.PasswordResets.Where(r => r.AccountId == accountId || r.Email == email).ExecuteDeleteAsync(ct);
        // The sign-ups held the name, phone number and password hash the account was made from: those go. The rows and
        // their codes stay (pruned as usual), because the daily code caps count them: deleting them would let an
        // account that is made and deleted again and again send SMS without limit.
        await db.SignupFlows.Where(f => f.AccountId == accountId || f.Email == email).ExecuteUpdateAsync(flow => flow
            .SetProperty(f => f.PasswordHash, (string?)null)
            .SetProperty(f => f.FamilyName, (string?)null)
            .SetProperty(f => f.GivenName, (string?)null)
            .SetProperty(f => f.PhoneNumber, (string?)null), ct);
        var emailKey = hasher.AddressKey(email);
        await db.SignInLockouts.Where(l => l.EmailKey == emailKey).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Every refresh token (so no sitting can renew) and authorization of the account. An access token already handed
    /// out stays valid until it expires (at most 10 minutes, §6.4); it speaks for an account that no longer exists.
    /// </summary>
    private async Task DeleteTokensOfAsync(string subject, CancellationToken ct)
    {
        var issued = new List<object>();
        await foreach (var token in tokens.FindBySubjectAsync(subject, ct)) issued.Add(token);
        foreach (var token in issued) await tokens.DeleteAsync(token, ct);

        var granted = new List<object>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, ct)) granted.Add(authorization);
        foreach (var authorization in granted) await authorizations.DeleteAsync(authorization, ct);
    }
}
