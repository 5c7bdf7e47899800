using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Outbox;
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

    public async Task<Result> UnlinkAsync(Guid memberId, CancellationToken ct)
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

        db.LinkedWallets.Remove(wallet);
        db.PublishThroughOutbox(new WalletUnlinked(memberId, wallet.Provider, wallet.WalletAccountId, clock.GetUtcNow()), clock);
        await db.SaveChangesAsync(ct);
        metrics.Unlinked();
        return Result.Unlinked;
    }
}
