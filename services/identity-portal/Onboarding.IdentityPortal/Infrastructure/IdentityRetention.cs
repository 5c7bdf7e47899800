using OpenIddict.Abstractions;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Tokens;
using Onboarding.Messaging.Retention;

namespace Onboarding.IdentityPortal.Infrastructure;

/// <summary>What identity-portal deletes once no flow, lock-out or rate limit needs it (docs/architecture.md, Retention).</summary>
public static class IdentityRetention
{
    public static IHostApplicationBuilder AddIdentityRetention(this IHostApplicationBuilder builder)
    {
        var sessionLifetime = (builder.Configuration.GetSection(PortalTokenOptions.Section).Get<PortalTokenOptions>() ?? new PortalTokenOptions())
            .RefreshTokenLifetime;
        return builder.AddRetention<IdentityDbContext>(rules => rules
            // Codes count towards the daily caps (per address, per number, per member) for 24 hours after they were
            // sent, long after they expired.
            .Prune<EmailCodeChallenge>("email_code_challenges", SentCode.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            .Prune<PhoneCodeChallenge>("phone_code_challenges", SentCode.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            .Prune<SignInCodeChallenge>("sign_in_code_challenges", SentCode.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            .Prune<PasswordResetCode>("password_reset_codes", SentCode.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            .Prune<EmailChangeCode>("email_change_codes", SentCode.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            .Prune<PhoneChangeCode>("phone_change_codes", SentCode.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            // Deleting a sign-in or a sign-up deletes its codes (cascade), and the member's phone cap finds codes through
            // their sign-up: so a flow stays until its last code (sent before the flow expired) is out of the caps.
            // A completed sign-up stays: it is the record of how the account was made.
            .Prune<SignIn>("sign_ins", SentCode.CapWindow, at => s => s.ExpiresAt < at.Cutoff)
            .Prune<PasswordReset>("password_resets", SentCode.CapWindow, at => r => r.ExpiresAt < at.Cutoff)
            .Prune<EmailChange>("email_changes", SentCode.CapWindow, at => c => c.ExpiresAt < at.Cutoff)
            .Prune<SignupFlow>("signup_flows", SentCode.CapWindow,
                at => f => f.Status != SignupStatus.Completed && f.ExpiresAt < at.Cutoff)
            // A row is the same as no row when no lock is in force and it counts nothing: reset by a good password, a
            // lock that ran out (the next failure starts over), or a last failure already forgotten. A null last
            // failure with a count is a row from before the column was added: treated as old.
            .Prune<SignInLockout>("sign_in_lockouts", SignInLockout.FailureMemory,
                at => l => (l.LockedUntil == null || l.LockedUntil < at.Now)
                    && (l.FailedAttempts == 0 || l.LockedUntil != null || l.LastFailureAt == null || l.LastFailureAt < at.Cutoff))
            // OpenIddict's own prune: tokens redeemed, revoked or expired and authorizations no longer valid (or ad-hoc
            // ones without tokens), created before the cutoff. A session's tokens all end a sitting after sign-in, so
            // past that a redeemed refresh token is no longer needed to recognise a replay.
            .Add("open_iddict_tokens", sessionLifetime, async (services, at, _, ct) =>
                await services.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(at.Cutoff, ct))
            .Add("open_iddict_authorizations", sessionLifetime, async (services, at, _, ct) =>
                await services.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(at.Cutoff, ct)));
    }
}
