using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.ServiceDefaults.HelpDesk;

namespace Onboarding.IdentityPortal.HelpDesk;

/// <summary>
/// identity-portal's part of a member's help-desk timeline (docs/architecture.md §9.9), from its own tables: the
/// member's sign-ups (kept for good once completed), the account and, through the account, its sign-ins, password
/// resets, e-mail and phone changes (each kept only a day after it expired, §10.1), the password lock-out of its
/// address, and the deletion. Addresses and numbers are masked; no code, hash or token is read out.
/// </summary>
public sealed class MemberTimelineReader(IdentityDbContext db, VerificationCodeHasher hasher, TimeProvider clock)
{
    public async Task<MemberTimeline> ReadAsync(Guid memberId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var entries = new List<MemberTimelineEntry>();

        var flows = await db.SignupFlows.AsNoTracking().Where(f => f.MemberId == memberId).ToListAsync(ct);
        var flowIds = flows.Select(f => f.Id).ToList();
        var emailCodes = await db.EmailCodeChallenges.AsNoTracking().Where(c => flowIds.Contains(c.FlowId)).ToListAsync(ct);
        var phoneCodes = await db.PhoneCodeChallenges.AsNoTracking().Where(c => flowIds.Contains(c.FlowId)).ToListAsync(ct);
        foreach (var flow in flows) AddSignup(entries, flow, now);
        entries.AddRange(emailCodes.Select(c => Code(TimelineKinds.SignupEmailCodeSent, c, now, ("email", EmailAddress.Mask(c.Email)))));
        entries.AddRange(phoneCodes.Select(c => Code(TimelineKinds.SignupPhoneCodeSent, c, now,
            ("channel", Channel(c.Channel)), ("phone", JapanesePhoneNumber.MaskE164(c.PhoneNumber) ?? ""))));

        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.MemberId == memberId, ct);
        if (account is not null) await AddAccountAsync(entries, account, now, ct);

        var deletions = await db.AccountDeletions.AsNoTracking().Where(d => d.MemberId == memberId).ToListAsync(ct);
        foreach (var deletion in deletions)
        {
            entries.Add(new(deletion.RequestedAt, TimelineKinds.AccountDeletionRequested, Facts(("accountId", deletion.AccountId.ToString()))));
            if (deletion.CompletedAt is { } done) entries.Add(new(done, TimelineKinds.AccountDeleted, Facts(("accountId", deletion.AccountId.ToString()))));
        }

        // Stable: entries of the same moment keep the order they were added in (started before verified).
        return new MemberTimeline(entries.OrderBy(e => e.At).ToList());
    }

    private static void AddSignup(List<MemberTimelineEntry> entries, SignupFlow flow, DateTimeOffset now)
    {
        var id = ("signupId", flow.Id.ToString());
        entries.Add(new(flow.CreatedAt, TimelineKinds.SignupStarted, Facts(id, ("email", EmailAddress.Mask(flow.Email)))));
        if (flow.EmailVerifiedAt is { } verified) entries.Add(new(verified, TimelineKinds.SignupEmailVerified, Facts(id)));
        if (flow.ProfileSetAt is { } profile) entries.Add(new(profile, TimelineKinds.SignupProfileSet, Facts(id)));
        if (flow.PhoneVerifiedAt is { } phone)
        {
            // A deleted account's sign-up keeps no number (§6.9): the entry says only that it was verified.
            var facts = flow.PhoneNumber is { } number ? Facts(id, ("phone", JapanesePhoneNumber.MaskE164(number) ?? "")) : Facts(id);
            entries.Add(new(phone, TimelineKinds.SignupPhoneVerified, facts));
        }
        else if (flow.IsExpired(now))
        {
            entries.Add(new(flow.ExpiresAt, TimelineKinds.SignupExpired, Facts(id, ("reached", Status(flow.Status)))));
        }
    }

    private async Task AddAccountAsync(List<MemberTimelineEntry> entries, PortalUser account, DateTimeOffset now, CancellationToken ct)
    {
        entries.Add(new(account.CreatedAt, TimelineKinds.AccountCreated, Facts(
            ("accountId", account.Id.ToString()),
            ("email", EmailAddress.Mask(account.Email ?? "")),
            ("phone", JapanesePhoneNumber.MaskE164(account.PhoneNumber) ?? ""))));

        var signIns = await db.SignIns.AsNoTracking().Where(s => s.AccountId == account.Id).ToListAsync(ct);
        var signInIds = signIns.Select(s => s.Id).ToList();
        var signInCodes = await db.SignInCodeChallenges.AsNoTracking().Where(c => signInIds.Contains(c.FlowId)).ToListAsync(ct);
        foreach (var signIn in signIns)
        {
            var id = ("signInId", signIn.Id.ToString());
            entries.Add(new(signIn.CreatedAt, TimelineKinds.SignInStarted, Facts(id, ("method", "code"), ("email", EmailAddress.Mask(signIn.Email)))));
            if (signIn.CompletedAt is { } done) entries.Add(new(done, TimelineKinds.SignInCompleted, Facts(id, ("method", "code"))));
        }
        entries.AddRange(signInCodes.Select(c => Code(TimelineKinds.SignInCodeSent, c, now, ("signInId", c.FlowId.ToString()))));

        if (account.Email is { } email)
        {
            var key = hasher.AddressKey(email);
            var lockout = await db.SignInLockouts.AsNoTracking().SingleOrDefaultAsync(l => l.EmailKey == key, ct);
            if (lockout is { LastFailureAt: { } lastFailure, FailedAttempts: > 0 })
            {
                entries.Add(new(lastFailure, TimelineKinds.PasswordFailed, Facts(("failedAttempts", lockout.FailedAttempts.ToString()))));
            }
            if (lockout?.LockedUntil is { } lockedUntil)
            {
                entries.Add(new(lockedUntil - SignInLockout.LockoutDuration, TimelineKinds.PasswordLocked,
                    Facts(("lockedUntil", lockedUntil.ToString("O")))));
            }
        }

        var resets = await db.PasswordResets.AsNoTracking().Where(r => r.AccountId == account.Id).ToListAsync(ct);
        var resetIds = resets.Select(r => r.Id).ToList();
        var resetCodes = await db.PasswordResetCodes.AsNoTracking().Where(c => resetIds.Contains(c.FlowId)).ToListAsync(ct);
        foreach (var reset in resets)
        {
            var id = ("passwordResetId", reset.Id.ToString());
            entries.Add(new(reset.CreatedAt, TimelineKinds.PasswordResetStarted, Facts(id, ("email", EmailAddress.Mask(reset.Email)))));
            if (reset.CompletedAt is { } done) entries.Add(new(done, TimelineKinds.PasswordResetCompleted, Facts(id)));
        }
        entries.AddRange(resetCodes.Select(c => Code(TimelineKinds.PasswordResetCodeSent, c, now, ("passwordResetId", c.FlowId.ToString()))));

        var changes = await db.EmailChanges.AsNoTracking().Where(c => c.AccountId == account.Id).ToListAsync(ct);
        var changeIds = changes.Select(c => c.Id).ToList();
        var changeCodes = await db.EmailChangeCodes.AsNoTracking().Where(c => changeIds.Contains(c.FlowId)).ToListAsync(ct);
        foreach (var change in changes)
        {
            var id = ("emailChangeId", change.Id.ToString());
            entries.Add(new(change.CreatedAt, TimelineKinds.EmailChangeRequested, Facts(id, ("email", EmailAddress.Mask(change.Email)))));
            if (change.CompletedAt is { } done) entries.Add(new(done, TimelineKinds.EmailChangeCompleted, Facts(id)));
        }
        entries.AddRange(changeCodes.Select(c => Code(TimelineKinds.EmailChangeCodeSent, c, now, ("emailChangeId", c.FlowId.ToString()))));

        var phoneChangeCodes = await db.PhoneChangeCodes.AsNoTracking().Where(c => c.FlowId == account.Id).ToListAsync(ct);
        entries.AddRange(phoneChangeCodes.Select(c => Code(TimelineKinds.PhoneChangeCodeSent, c, now,
            ("channel", Channel(c.Channel)), ("phone", JapanesePhoneNumber.MaskE164(c.PhoneNumber) ?? ""))));
    }

    /// <summary>A code sent, with what became of it; never the code or its hash.</summary>
    private static MemberTimelineEntry Code(string kind, SentCode code, DateTimeOffset now, params (string Name, string Value)[] facts) =>
        new(code.CreatedAt, kind, Facts([.. facts, ("outcome", Outcome(code, now)), ("failedAttempts", code.FailedAttempts.ToString())]));

    /// <summary><c>verified</c>, <c>voided</c> (a newer code replaced it), <c>too-many-tries</c>, <c>expired</c> or <c>pending</c>.</summary>
    public static string Outcome(SentCode code, DateTimeOffset now) => code.Status switch
    {
        CodeStatus.Used => "verified",
        CodeStatus.Voided => "voided",
        CodeStatus.Locked => "too-many-tries",
        _ when now >= code.ExpiresAt => "expired",
        _ => "pending",
    };

    private static string Channel(Onboarding.Contracts.Commands.PhoneChannel channel) => channel.ToString().ToLowerInvariant();

    private static string Status(SignupStatus status) => status switch
    {
        SignupStatus.EmailPending => "email-pending",
        SignupStatus.EmailVerified => "email-verified",
        SignupStatus.ProfileSet => "profile-set",
        _ => "completed",
    };

    private static Dictionary<string, string> Facts(params (string Name, string Value)[] facts) =>
        facts.ToDictionary(f => f.Name, f => f.Value);
}
