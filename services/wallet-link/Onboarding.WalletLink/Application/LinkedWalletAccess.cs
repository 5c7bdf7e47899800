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
