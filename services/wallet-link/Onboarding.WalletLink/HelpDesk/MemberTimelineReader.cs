using Microsoft.EntityFrameworkCore;
using Onboarding.ServiceDefaults.HelpDesk;
using Onboarding.WalletLink.Domain;
using Onboarding.WalletLink.Infrastructure;

namespace Onboarding.WalletLink.HelpDesk;

/// <summary>
/// wallet-link's part of a member's help-desk timeline (docs/architecture.md §9.9): the link history (attempts
/// started, completed or failed with their outcome, unlinks and by whom, refused token refreshes), and the current
/// link for a member linked before the history was kept.
/// </summary>
public sealed class MemberTimelineReader(WalletDbContext db)
{
    public async Task<MemberTimeline> ReadAsync(Guid memberId, CancellationToken ct)
    {
        var history = await db.LinkHistory.AsNoTracking().Where(e => e.MemberId == memberId)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var entries = history.Select(Entry).ToList();

        var link = await db.LinkedWallets.AsNoTracking().Where(w => w.MemberId == memberId)
            .Select(w => new { w.Provider, w.WalletAccountId, w.LinkedAt }).SingleOrDefaultAsync(ct);
        if (link is not null && !history.Any(e => e.Kind == LinkHistoryKinds.LinkCompleted && e.At == link.LinkedAt))
        {
            entries.Add(Entry(LinkHistoryEntry.Of(memberId, link.LinkedAt, LinkHistoryKinds.LinkCompleted, provider: link.Provider,
                walletAccountId: link.WalletAccountId)));
        }
        return new MemberTimeline(entries.OrderBy(e => e.At).ToList());
    }

    private static MemberTimelineEntry Entry(LinkHistoryEntry entry)
    {
        var facts = new Dictionary<string, string>();
        if (entry.Reason is { } reason) facts["reason"] = reason;
        if (entry.Provider is { } provider) facts["provider"] = provider;
        if (entry.WalletAccountMasked is { } wallet) facts["walletAccount"] = wallet;
        return new MemberTimelineEntry(entry.At, entry.Kind, facts);
    }
}
