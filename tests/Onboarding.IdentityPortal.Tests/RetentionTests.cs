using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Onboarding.Contracts.Commands;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Retention;
using Onboarding.Testing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// One retention pass over rows seeded on both sides of each rule: exactly the rows no flow, lock-out, rate limit or
/// session needs any more are deleted (docs/architecture.md, Retention).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RetentionTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task One_pass_deletes_codes_past_the_daily_caps_old_flows_and_sign_ins_spent_lockouts_and_old_inbox_rows_and_keeps_the_rest()
    {
        var now = factory.Clock.GetUtcNow();
        var abandonedOld = Flow(now - Day - TimeSpan.FromHours(2));
        var abandonedRecent = Flow(now - TimeSpan.FromHours(20));
        var completedOld = Flow(now - 30 * Day, completed: true);
        var live = Flow(now - TimeSpan.FromMinutes(5));
        var flows = new RetentionCase<SignupFlow, Guid>("signup_flows", f => f.Id)
            .Deleted(abandonedOld)  // expired over 24 h ago: its codes are out of every cap
            .Kept(abandonedRecent)  // expired, but its codes still count towards the caps
            .Kept(completedOld)     // the record of how an account was made
            .Kept(live);
        var emailCodes = new RetentionCase<EmailCodeChallenge, Guid>("email_code_challenges", c => c.Id)
            .Deleted(EmailCodeChallenge.Issue(Guid.NewGuid(), completedOld.Id, "old@example.jp", [1], now - 25 * TimeSpan.FromHours(1)))
            .Deleted(EmailCodeChallenge.Issue(Guid.NewGuid(), abandonedOld.Id, "abandoned@example.jp", [1], now - Day - TimeSpan.FromHours(3)))
            .Kept(EmailCodeChallenge.Issue(Guid.NewGuid(), abandonedRecent.Id, "recent@example.jp", [1], now - TimeSpan.FromHours(21)))
            .Kept(EmailCodeChallenge.Issue(Guid.NewGuid(), live.Id, "live@example.jp", [1], now - TimeSpan.FromMinutes(4)));
        var phoneCodes = new RetentionCase<PhoneCodeChallenge, Guid>("phone_code_challenges", c => c.Id)
            .Deleted(PhoneCodeChallenge.Issue(Guid.NewGuid(), completedOld.Id, "+819012345678", PhoneChannel.Sms, [1], now - 25 * TimeSpan.FromHours(1)))
            .Kept(PhoneCodeChallenge.Issue(Guid.NewGuid(), abandonedRecent.Id, "+819012345678", PhoneChannel.Sms, [1], now - TimeSpan.FromHours(21)));

        var oldSignIn = SignIn.Start(Guid.NewGuid(), "old@example.jp", null, now - Day - TimeSpan.FromHours(1));
        var recentSignIn = SignIn.Start(Guid.NewGuid(), "recent@example.jp", null, now - TimeSpan.FromHours(20));
        var signIns = new RetentionCase<SignIn, Guid>("sign_ins", s => s.Id)
            .Deleted(oldSignIn)   // expired over 24 h ago
            .Kept(recentSignIn);  // expired, but its code still counts towards the address's cap
        var signInCodes = new RetentionCase<SignInCodeChallenge, Guid>("sign_in_code_challenges", c => c.Id)
            .Kept(SignInCodeChallenge.Issue(Guid.NewGuid(), recentSignIn.Id, "recent@example.jp", [1], now - TimeSpan.FromHours(20)));

        var oldReset = PasswordReset.Start(Guid.NewGuid(), "old@example.jp", null, now - Day - TimeSpan.FromHours(1));
        var recentReset = PasswordReset.Start(Guid.NewGuid(), "recent@example.jp", null, now - TimeSpan.FromHours(20));
        var resets = new RetentionCase<PasswordReset, Guid>("password_resets", r => r.Id)
            .Deleted(oldReset)    // expired over 24 h ago
            .Kept(recentReset);   // expired, but its code still counts towards the address's cap
        var resetCodes = new RetentionCase<PasswordResetCode, Guid>("password_reset_codes", c => c.Id)
            .Kept(PasswordResetCode.Issue(Guid.NewGuid(), recentReset.Id, "recent@example.jp", [1], now - TimeSpan.FromHours(20)));

        var lockouts = new RetentionCase<SignInLockout, string>("sign_in_lockouts", l => Convert.ToHexString(l.EmailKey))
            .Deleted(Lockout(failures: 0, now))                             // reset by a good password
            .Deleted(Lockout(failures: 5, now - TimeSpan.FromMinutes(16)))  // the lock ran out
            .Deleted(Lockout(failures: 2, now - Day - TimeSpan.FromMinutes(1))) // the failures are forgotten
            .Kept(Lockout(failures: 2, now - TimeSpan.FromHours(23)))       // still counting
            .Kept(Lockout(failures: 5, now - TimeSpan.FromMinutes(14)));    // locked now
        var inbox = RetentionCases.Inbox(now);
        await factory.WithDbAsync(db =>
        {
            db.AddRange(flows.Rows);
            db.AddRange(emailCodes.Rows);
            db.AddRange(phoneCodes.Rows);
            db.AddRange(signIns.Rows);
            db.AddRange(signInCodes.Rows);
            db.AddRange(resets.Rows);
            db.AddRange(resetCodes.Rows);
            db.AddRange(lockouts.Rows);
            db.AddRange(inbox.Rows);
            return db.SaveChangesAsync();
        });

        var pruned = await factory.Services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);

        flows.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.SignupFlows.Select(f => f.Id).ToListAsync()));
        emailCodes.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.EmailCodeChallenges.Select(c => c.Id).ToListAsync()));
        phoneCodes.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.PhoneCodeChallenges.Select(c => c.Id).ToListAsync()));
        signIns.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.SignIns.Select(s => s.Id).ToListAsync()));
        signInCodes.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.SignInCodeChallenges.Select(c => c.Id).ToListAsync()));
        resets.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.PasswordResets.Select(r => r.Id).ToListAsync()));
        resetCodes.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.PasswordResetCodes.Select(c => c.Id).ToListAsync()));
        lockouts.AssertAfterPass(pruned, (await factory.WithDbAsync(db => db.SignInLockouts.Select(l => l.EmailKey).ToListAsync()))
            .Select(Convert.ToHexString));
        inbox.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.Set<InboxMessage>().Select(m => m.MessageId).ToListAsync()));
    }

    [Fact]
    public async Task One_pass_deletes_spent_OpenIddict_tokens_and_revoked_authorizations_from_before_the_session_lifetime()
    {
        var now = factory.Clock.GetUtcNow();
        var beforeSession = now - TimeSpan.FromHours(9); // a sitting lasts 8 hours
        // OpenIddict judges expiry by its own clock: "expired" is long past and "live" far ahead on any clock.
        var expired = now - TimeSpan.FromHours(1);
        var farAhead = now + TimeSpan.FromDays(3650);
        await using var scope = factory.Services.CreateAsyncScope();
        var tokenManager = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var authorizationManager = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();

        async Task<string> TokenAsync(DateTimeOffset created, DateTimeOffset expires, string status) =>
            (await tokenManager.GetIdAsync(await tokenManager.CreateAsync(new OpenIddictTokenDescriptor
            {
                CreationDate = created, ExpirationDate = expires, Status = status, Subject = "retention", Type = TokenTypeHints.RefreshToken,
            })))!;
        async Task<string> AuthorizationAsync(DateTimeOffset created, string status) =>
            (await authorizationManager.GetIdAsync(await authorizationManager.CreateAsync(new OpenIddictAuthorizationDescriptor
            {
                CreationDate = created, Status = status, Subject = "retention", Type = AuthorizationTypes.Permanent,
            })))!;

        var tokens = new RetentionCase<string, string>("open_iddict_tokens", id => id)
            .Deleted(await TokenAsync(beforeSession, farAhead, Statuses.Redeemed))  // spent, and its session is over
            .Deleted(await TokenAsync(beforeSession, expired, Statuses.Valid))      // expired
            .Kept(await TokenAsync(now - TimeSpan.FromHours(1), farAhead, Statuses.Redeemed)) // a replay would still be caught
            .Kept(await TokenAsync(beforeSession, farAhead, Statuses.Valid));       // still usable
        var authorizations = new RetentionCase<string, string>("open_iddict_authorizations", id => id)
            .Deleted(await AuthorizationAsync(beforeSession, Statuses.Revoked))
            .Kept(await AuthorizationAsync(now - TimeSpan.FromHours(1), Statuses.Revoked))
            .Kept(await AuthorizationAsync(beforeSession, Statuses.Valid));

        var pruned = await factory.Services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);

        tokens.AssertAfterPass(pruned, await factory.WithDbAsync(db =>
            db.Database.SqlQuery<string>($"SELECT id::text AS \"Value\" FROM open_iddict_tokens").ToListAsync()));
        authorizations.AssertAfterPass(pruned, await factory.WithDbAsync(db =>
            db.Database.SqlQuery<string>($"SELECT id::text AS \"Value\" FROM open_iddict_authorizations").ToListAsync()));
    }

    private static SignupFlow Flow(DateTimeOffset started, bool completed = false)
    {
        var flow = SignupFlow.Start(Guid.NewGuid(), Guid.NewGuid(), $"{Guid.NewGuid():N}@example.jp", started);
        if (completed) flow.Completed("+819012345678", Guid.NewGuid(), started + TimeSpan.FromMinutes(10));
        return flow;
    }

    /// <param name="lastFailure">When the failures were counted (all at once).</param>
    private static SignInLockout Lockout(int failures, DateTimeOffset lastFailure)
    {
        var lockout = new SignInLockout { EmailKey = Guid.NewGuid().ToByteArray() };
        for (var i = 0; i < failures; i++) lockout.RecordFailure(lastFailure);
        return lockout;
    }
}
