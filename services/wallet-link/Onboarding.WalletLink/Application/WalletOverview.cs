using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.WalletLink.Infrastructure;
using Onboarding.WalletLink.Provider;

namespace Onboarding.WalletLink.Application;

/// <summary>
/// What the e-money mypage shows: the link state from our database, and balance and recent transactions fetched from
/// the provider. A provider that cannot answer leaves the link state and <c>providerAvailable: false</c>, never an error.
/// </summary>
public sealed class WalletOverview(WalletDbContext db, WalletProviderClient provider, LinkedWalletAccess access,
    IOptions<WalletProviderOptions> options, WalletMetrics metrics, ILogger<WalletOverview> logger)
{
    public sealed record Transaction(string Id, string Type, string? Description, decimal Amount, decimal MoneyAmount, decimal PointAmount, DateTimeOffset DoneAt);

    public sealed record Overview(
        bool Linked, string Provider, string? WalletAccountId, DateTimeOffset? LinkedAt, bool ProviderAvailable, bool RelinkRequired,
        decimal? Balance, decimal? MoneyBalance, decimal? PointBalance, IReadOnlyList<Transaction>? Transactions);

    public async Task<Overview> ForMemberAsync(Guid memberId, CancellationToken ct)
    {
        var providerName = options.Value.Name;
        var wallet = await db.LinkedWallets.AsNoTracking().SingleOrDefaultAsync(w => w.MemberId == memberId, ct);
        if (wallet is null) return new Overview(false, providerName, null, null, true, false, null, null, null, null);

        var linkedOnly = new Overview(true, wallet.Provider, wallet.WalletAccountId, wallet.LinkedAt, true, false, null, null, null, null);
        try
        {
            try
            {
                return await FetchAsync(await access.AccessTokenAsync(wallet, forceRefresh: false, ct), ct);
            }
            catch (WalletProviderException failure) when (failure.Failure == WalletProviderFailure.Unauthorized)
            {
                // Revoked or expired early at the provider: one refresh, then give up.
                return await FetchAsync(await access.AccessTokenAsync(wallet, forceRefresh: true, ct), ct);
            }
        }
        catch (WalletProviderException failure)
        {
            logger.LogWarning("Reading the wallet failed at the provider: {Failure}", failure.Failure);
            if (failure.Failure == WalletProviderFailure.Unavailable)
            {
                metrics.ProviderUnavailable("read");
                return linkedOnly with { ProviderAvailable = false };
            }
            // The provider no longer honours our tokens (consent withdrawn there): the member has to link again.
            return linkedOnly with { RelinkRequired = true };
        }

        async Task<Overview> FetchAsync(string accessToken, CancellationToken token)
        {
            var account = await provider.GetAccountAsync(wallet.WalletAccountId, accessToken, token);
            var recent = await provider.GetTransactionsAsync(wallet.WalletAccountId, accessToken, token);
            return linkedOnly with
            {
                Balance = account.Balance,
                MoneyBalance = account.MoneyBalance,
                PointBalance = account.PointBalance,
                Transactions = recent.Rows
                    .Select(t => new Transaction(t.Id, t.Type, t.Description, t.Amount, t.MoneyAmount, t.PointAmount, t.DoneAt))
                    .ToList(),
            };
        }
    }
}
