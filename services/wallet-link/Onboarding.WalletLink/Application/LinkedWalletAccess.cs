using Microsoft.EntityFrameworkCore;
using Onboarding.WalletLink.Domain;
using Onboarding.WalletLink.Infrastructure;
using Onboarding.WalletLink.Provider;

namespace Onboarding.WalletLink.Application;

/// <summary>
/// A usable access token for a member's linked wallet. When it has (nearly) run out, the refresh token is used — once,
/// under a row lock, because the provider's refresh tokens are single use: two requests refreshing together would
/// otherwise burn the link — and the new pair replaces the old.
/// </summary>
public sealed class LinkedWalletAccess(WalletDbContext db, WalletProviderClient provider, ProviderTokenProtector protector, TimeProvider clock)
{
    public async Task<string> AccessTokenAsync(LinkedWallet wallet, bool forceRefresh, CancellationToken ct)
    {
        if (!forceRefresh && !wallet.AccessTokenNeedsRefresh(clock.GetUtcNow())) return protector.Unprotect(wallet.ProtectedAccessToken);

        try
        {
            return await RefreshAsync(wallet, forceRefresh, ct);
        }
        catch (WalletProviderException failure) when (failure.Failure != WalletProviderFailure.Unavailable)
        {
            // The provider no longer honours the link's refresh token: the member has to link again. Recorded for the
            // help desk, at most once an hour (the mypage tries again at every visit). An unreachable provider is the
            // provider's trouble, not the member's, and is not recorded.
            await RecordRefreshRefusedAsync(wallet.MemberId, failure.Failure);
            throw;
        }
    }

    private async Task RecordRefreshRefusedAsync(Guid memberId, WalletProviderFailure failure)
    {
        var now = clock.GetUtcNow();
        db.ChangeTracker.Clear();
        var recent = await db.LinkHistory.AsNoTracking().AnyAsync(e =>
            e.MemberId == memberId && e.Kind == LinkHistoryKinds.TokenRefreshFailed && e.At > now - TimeSpan.FromHours(1), CancellationToken.None);
        if (recent) return;
        db.LinkHistory.Add(LinkHistoryEntry.Of(memberId, now, LinkHistoryKinds.TokenRefreshFailed, reason: failure.ToString().ToLowerInvariant()));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<string> RefreshAsync(LinkedWallet wallet, bool forceRefresh, CancellationToken ct)
    {
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var current = await db.LinkedWallets
                .FromSql($"SELECT * FROM linked_wallets WHERE member_id = {wallet.MemberId} FOR UPDATE").SingleAsync(token);
            // Another request refreshed while this one waited for the lock: use its token.
            if (current.ProtectedRefreshToken != wallet.ProtectedRefreshToken || (!forceRefresh && !current.AccessTokenNeedsRefresh(clock.GetUtcNow())))
            {
                return protector.Unprotect(current.ProtectedAccessToken);
            }
            var refreshed = await provider.RefreshAsync(protector.Unprotect(current.ProtectedRefreshToken), token);
            current.ProtectedAccessToken = protector.Protect(refreshed.AccessToken);
            if (refreshed.RefreshToken is { Length: > 0 } rotated) current.ProtectedRefreshToken = protector.Protect(rotated);
            current.AccessTokenExpiresAt = clock.GetUtcNow().AddSeconds(refreshed.ExpiresIn);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return refreshed.AccessToken;
        }, ct);
    }
}
