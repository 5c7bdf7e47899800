using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Outbox;
using Onboarding.WalletLink.Domain;
using Onboarding.WalletLink.Infrastructure;
using Onboarding.WalletLink.Provider;

namespace Onboarding.WalletLink.Application;

/// <summary>
/// Unlinks a member's wallet: the tokens are revoked at the provider first, and only then is the link removed and
/// <see cref="WalletUnlinked"/> published — if the provider cannot be reached, nothing changes and the member is told.
/// </summary>
public sealed class WalletUnlinker(WalletDbContext db, WalletProviderClient provider, ProviderTokenProtector protector,
    WalletMetrics metrics, TimeProvider clock)
{
    public enum Result
    {
        Unlinked,
        NotLinked,
        ProviderUnavailable,
    }

    /// <param name="reason">Who ended the link, for the help desk (<see cref="UnlinkReasons"/>).</param>
    public async Task<Result> UnlinkAsync(Guid memberId, string reason, CancellationToken ct)
    {
        var wallet = await db.LinkedWallets.SingleOrDefaultAsync(w => w.MemberId == memberId, ct);
        if (wallet is null) return Result.NotLinked;
        try
        {
            await provider.RevokeAsync(protector.Unprotect(wallet.ProtectedRefreshToken), "refresh_token", ct);
            await provider.RevokeAsync(protector.Unprotect(wallet.ProtectedAccessToken), "access_token", ct);
        }
        catch (WalletProviderException failure) when (failure.Failure == WalletProviderFailure.Unavailable)
        {
            metrics.ProviderUnavailable("revoke");
            return Result.ProviderUnavailable;
        }
        catch (WalletProviderException)
        {
            // Refused by the provider means the token is already unusable there (RFC 7009): unlinking may go on.
        }

        var now = clock.GetUtcNow();
        db.LinkedWallets.Remove(wallet);
        db.LinkHistory.Add(LinkHistoryEntry.Of(memberId, now, LinkHistoryKinds.Unlinked, reason, wallet.Provider, wallet.WalletAccountId));
        db.PublishThroughOutbox(new WalletUnlinked(memberId, wallet.Provider, wallet.WalletAccountId, now), clock);
        await db.SaveChangesAsync(ct);
        metrics.Unlinked();
        return Result.Unlinked;
    }
}
