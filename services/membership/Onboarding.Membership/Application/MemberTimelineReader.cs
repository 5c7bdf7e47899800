using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.ServiceDefaults.HelpDesk;

namespace Onboarding.Membership.Application;

/// <summary>
/// membership's part of a member's help-desk timeline (docs/architecture.md §9.9), from its own records: the roster
/// row, successful lookups (while their rows are kept), each lock-out of the member's number and its lifting, the
/// wrong birth dates since (counted, not kept one by one), the
/// passcodes sent and confirmed (for the 24 hours their rows are kept; notification's delivery log has 30 days), the steps recorded from the other services' events, and the reminders sent.
/// Addresses masked; never a code or its hash.
/// </summary>
public sealed class MemberTimelineReader(MembershipDbContext db)
{
    public async Task<MemberTimeline> ReadAsync(Member member, CancellationToken cancellationToken)
    {
        var entries = new List<MemberTimelineEntry>
        {
            new(member.CreatedAt, "member.imported", new Dictionary<string, string> { ["coop"] = member.Coop }),
        };
        if (member.FirstIdentifiedAt is { } identified) entries.Add(new(identified, "member.identified"));

        var lookups = await db.Lookups.AsNoTracking().Where(l => l.MemberId == member.Id).Select(l => l.CreatedAt).ToListAsync(cancellationToken);
        entries.AddRange(lookups.Select(at => new MemberTimelineEntry(at, "lookup.succeeded")));

        var lockouts = await db.LookupLockouts.AsNoTracking().Where(r => r.MemberId == member.Id).ToListAsync(cancellationToken);
        foreach (var lockout in lockouts)
        {
            entries.Add(new(lockout.LockedAt, "lookup.locked", new Dictionary<string, string>
            {
                ["lockout"] = lockout.Lockout.ToString(CultureInfo.InvariantCulture),
                ["lockedUntil"] = lockout.LockedUntil.ToString("O", CultureInfo.InvariantCulture),
            }));
            if (lockout.LiftedAt is { } lifted) entries.Add(new(lifted, "lookup.unlocked"));
        }
        // Wrong birth dates since the last lock or success are only counted (at the last one's time).
        var budget = await db.LookupAttemptBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.MemberNumber == member.MemberNumber, cancellationToken);
        if (budget is { FailedAttempts: > 0 })
        {
            entries.Add(new(budget.UpdatedAt, "lookup.failed", new Dictionary<string, string>
            {
                ["failedAttempts"] = budget.FailedAttempts.ToString(CultureInfo.InvariantCulture),
            }));
        }

        var challenges = await db.PasscodeChallenges.AsNoTracking().Where(c => c.MemberId == member.Id).ToListAsync(cancellationToken);
        foreach (var challenge in challenges)
        {
            entries.Add(new(challenge.CreatedAt, "passcode.sent", new Dictionary<string, string>
            {
                ["email"] = Masking.MaskEmail(challenge.Email),
                ["target"] = challenge.Target.ToString().ToLowerInvariant(),
                ["status"] = challenge.Status.ToString().ToLowerInvariant(),
                ["failedAttempts"] = challenge.FailedAttempts.ToString(CultureInfo.InvariantCulture),
            }));
            if (challenge.ConfirmedAt is { } confirmed) entries.Add(new(confirmed, "passcode.confirmed"));
        }

        if (await db.OnboardingProgress.AsNoTracking().SingleOrDefaultAsync(p => p.MemberId == member.Id, cancellationToken) is { } progress)
        {
            if (progress.EmailConfirmedAt is { } emailConfirmed) entries.Add(new(emailConfirmed, "step1.completed"));
            if (progress.PortalAccountCreatedAt is { } accountCreated) entries.Add(new(accountCreated, "step2.completed"));
            if (progress.WalletLinkedAt is { } linked) entries.Add(new(linked, "step3.wallet-linked"));
            if (progress.WalletUnlinkedAt is { } unlinked) entries.Add(new(unlinked, "step3.wallet-unlinked"));
            if (progress.CompletedAt is { } completed) entries.Add(new(completed, "journey.completed"));
        }

        var reminders = await db.ReminderDeliveries.AsNoTracking().Where(d => d.MemberId == member.Id).ToListAsync(cancellationToken);
        entries.AddRange(reminders.Select(r => new MemberTimelineEntry(r.SentAt, "reminder.sent",
            new Dictionary<string, string> { ["wave"] = r.WaveId, ["stage"] = r.Stage.Name() })));

        return new MemberTimeline(entries.OrderBy(e => e.At).ToList());
    }
}
