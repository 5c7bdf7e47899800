using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Messaging.Retention;

namespace Onboarding.Membership.Infrastructure;

/// <summary>What membership deletes once no flow, lock-out or rate limit needs it (docs/architecture.md, Retention).</summary>
public static class MembershipRetention
{
    public static IHostApplicationBuilder AddMembershipRetention(this IHostApplicationBuilder builder)
    {
        // The client window is configurable: a budget row is kept until the window it counts has ended.
        var clientWindow = builder.Configuration.GetSection(MembershipOptions.Section).Get<MembershipOptions>()?.ClientLookupWindow
            ?? new MembershipOptions().ClientLookupWindow;
        return builder.AddRetention<MembershipDbContext>(rules => rules
            // A lookup only lets the member send a passcode until it expires; a code already sent has its own row.
            .Prune<Lookup>("lookups", Retention.AfterExpiry, at => l => l.ExpiresAt < at.Cutoff)
            // Codes count towards the member's daily cap for 24 hours after they were sent, long after they expired.
            .Prune<PasscodeChallenge>("passcode_challenges", PasscodeSender.CapWindow, at => c => c.CreatedAt < at.Cutoff)
            // A row is the same as no row when it counts nothing (every lookup makes one; a success resets it), or
            // when a quiet week has passed: the number's next failure would start from zero, and the longest lock
            // (24 h) has long ended.
            .Prune<LookupAttemptBudget>("lookup_attempt_budgets", LookupAttemptBudget.QuietPeriod,
                at => b => (b.LockedUntil == null || b.LockedUntil < at.Now)
                    && ((b.FailedAttempts == 0 && b.Lockouts == 0) || b.UpdatedAt < at.Cutoff))
            // The help desk's record of lock-outs (§9.9): the season's calls are about recent ones.
            .Prune<LookupLockoutRecord>("lookup_lockouts", LookupLockoutRecord.KeptFor, at => r => r.LockedAt < at.Cutoff)
            // Likewise a client's row with no failures, or whose window has ended (its next failure opens a new one).
            .Prune<LookupClientBudget>("lookup_client_budgets", clientWindow,
                at => b => b.FailedAttempts == 0 || b.WindowStartedAt < at.Cutoff));
    }
}
