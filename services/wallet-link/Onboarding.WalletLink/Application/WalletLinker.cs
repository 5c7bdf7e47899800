using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Outbox;
using Onboarding.WalletLink.Domain;
using Onboarding.WalletLink.Infrastructure;
using Onboarding.WalletLink.Provider;

namespace Onboarding.WalletLink.Application;

/// <summary>
/// STEP 3's link: the hand-over to the provider (authorization code + PKCE S256 + one-time state) and the member's
/// return to our callback, which ends in a stored link and <see cref="WalletLinked"/> — or in a clear outcome for the
/// mypage to explain. Never throws at the member: the callback always redirects.
/// </summary>
public sealed class WalletLinker(WalletDbContext db, WalletProviderClient provider, ProviderTokenProtector protector,
    IOptions<WalletProviderOptions> options, WalletMetrics metrics, TimeProvider clock, ILogger<WalletLinker> logger)
{
    public static class Outcomes
    {
        public const string Linked = "linked";
        public const string Denied = "denied";
        public const string Expired = "expired";
        public const string Invalid = "invalid";
        public const string Failed = "failed";
        public const string Unavailable = "unavailable";
        public const string AlreadyLinked = "already_linked";

        /// <summary>The browser that came back is not the one that started the attempt (<see cref="BrowserBinding"/>).</summary>
        public const string WrongBrowser = "wrong_browser";

        /// <summary>The provider wallet the member consented with is linked to another member.</summary>
        public const string WalletInUse = "wallet_in_use";
    }

    /// <summary>Where to send the member's browser, and the cookie that browser must carry back (<see cref="BrowserBinding"/>).</summary>
    public sealed record LinkStart(Uri AuthorizationUrl, BrowserBinding BrowserBinding);

    public Task<bool> IsLinkedAsync(Guid memberId, CancellationToken ct) => db.LinkedWallets.AnyAsync(w => w.MemberId == memberId, ct);

    /// <summary>Records a new attempt and returns the provider's authorize URL and the binding for the member's browser.</summary>
    public async Task<LinkStart> StartAsync(Guid memberId, string returnPath, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var state = LinkAttempt.NewSecret();
        var verifier = LinkAttempt.NewSecret();
        var expiresAt = now + LinkAttempt.Lifetime;
        db.LinkAttempts.Add(new LinkAttempt
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            StateHash = LinkAttempt.HashState(state),
            ProtectedCodeVerifier = protector.Protect(verifier),
            ReturnPath = returnPath,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        });
        db.LinkHistory.Add(LinkHistoryEntry.Of(memberId, now, LinkHistoryKinds.LinkStarted, provider: settings.Name));
        await db.SaveChangesAsync(ct);
        metrics.LinkStarted();

        var authorize = settings.AuthorizeUrl ?? new Uri(settings.BaseUrl, "oauth/authorize");
        var authorizationUrl = new Uri(QueryHelpers.AddQueryString(authorize.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = settings.RedirectUri?.ToString(),
            ["scope"] = settings.Scope,
            ["state"] = state,
            ["code_challenge"] = LinkAttempt.S256Challenge(verifier),
            ["code_challenge_method"] = "S256",
        }));
        return new LinkStart(authorizationUrl, BrowserBinding.For(state, settings.CallbackPath, expiresAt));
    }

    /// <summary>The provider sent a browser back: the path (with <c>?link=outcome</c>) to send it on to.</summary>
    /// <param name="browserCookie">The returning browser's cookies, by name: only the one that started the attempt links.</param>
    public async Task<string> CompleteAsync(string? code, string? state, string? error, Func<string, string?> browserCookie, CancellationToken ct)
    {
        var (attempt, outcome) = string.IsNullOrEmpty(state) ? (null, Outcomes.Invalid) : await ClaimAttemptAsync(state, ct);
        // Checked after the claim on purpose: a callback from another browser uses the attempt up, so the code it carries
        // can never be taken back to the browser that started it ("send me the address you ended up on") and linked there.
        if (attempt is not null && outcome != Outcomes.Invalid && !BrowserBinding.IsHeldBy(state!, browserCookie))
        {
            logger.LogWarning("A wallet link callback came back in a browser that did not start the attempt; nothing was linked");
            outcome = Outcomes.WrongBrowser;
        }
        var returnPath = attempt?.ReturnPath ?? ReturnPath.Default;
        if (outcome is null)
        {
            outcome = error switch
            {
                null when string.IsNullOrEmpty(code) => Outcomes.Invalid,
                null => await LinkAsync(attempt!, code!, ct),
                "access_denied" => Outcomes.Denied,
                _ => Outcomes.Failed,
            };
        }
        // A link is recorded with the link itself (LinkAsync); anything else here, for the help desk.
        if (attempt is not null && outcome != Outcomes.Linked) await RecordFailureAsync(attempt.MemberId, outcome);
        metrics.Returned(outcome);
        return ReturnPath.WithOutcome(returnPath, outcome);
    }

    /// <summary>Finds the attempt by its state and uses it up at once, so the same state never works twice.</summary>
    private async Task<(LinkAttempt? Attempt, string? Refused)> ClaimAttemptAsync(string state, CancellationToken ct)
    {
        var stateHash = LinkAttempt.HashState(state);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var attempt = await db.LinkAttempts
                .FromSql($"SELECT * FROM link_attempts WHERE state_hash = {stateHash} FOR UPDATE").SingleOrDefaultAsync(token);
            if (attempt is null || attempt.UsedAt is not null) return (attempt, Outcomes.Invalid);
            var now = clock.GetUtcNow();
            attempt.Use(now);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return (attempt, attempt.IsExpired(now) ? Outcomes.Expired : null);
        }, ct);
    }

    private async Task<string> LinkAsync(LinkAttempt attempt, string code, CancellationToken ct)
    {
        if (await IsLinkedAsync(attempt.MemberId, ct)) return Outcomes.AlreadyLinked;
        ProviderTokens tokens;
        string userId, accountId;
        try
        {
            tokens = await provider.ExchangeCodeAsync(code, protector.Unprotect(attempt.ProtectedCodeVerifier), ct);
            var user = await provider.GetUserAsync(tokens.AccessToken, ct);
            var accounts = await provider.GetAccountsAsync(user.Id, tokens.AccessToken, ct);
            if (accounts.Rows.Count == 0) return Outcomes.Failed;
            (userId, accountId) = (user.Id, accounts.Rows[0].Id);
        }
        catch (WalletProviderException failure)
        {
            logger.LogWarning("Linking a wallet failed at the provider: {Failure}", failure.Failure);
            if (failure.Failure == WalletProviderFailure.Unavailable) metrics.ProviderUnavailable("link");
            return failure.Failure == WalletProviderFailure.Unavailable ? Outcomes.Unavailable : Outcomes.Failed;
        }

        var settings = options.Value;
        // One provider wallet belongs to one member at a time (also a unique index, for two consents racing). The tokens
        // just issued are dropped unused rather than revoked: at the provider they may share a grant with the other
        // member's link, which a revocation could end.
        if (await IsLinkedToAnotherMemberAsync(settings.Name, accountId, attempt.MemberId, ct)) return Outcomes.WalletInUse;

        var now = clock.GetUtcNow();
        db.ChangeTracker.Clear();
        db.LinkedWallets.Add(new LinkedWallet
        {
            MemberId = attempt.MemberId,
            Provider = settings.Name,
            WalletUserId = userId,
            WalletAccountId = accountId,
            ProtectedAccessToken = protector.Protect(tokens.AccessToken),
            ProtectedRefreshToken = protector.Protect(tokens.RefreshToken ?? ""),
            AccessTokenExpiresAt = now.AddSeconds(tokens.ExpiresIn),
            LinkedAt = now,
        });
        db.LinkHistory.Add(LinkHistoryEntry.Of(attempt.MemberId, now, LinkHistoryKinds.LinkCompleted, provider: settings.Name, walletAccountId: accountId));
        db.PublishThroughOutbox(new WalletLinked(attempt.MemberId, settings.Name, accountId, now), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Two attempts of the same member came back together: the first one linked.
            if (await IsLinkedAsync(attempt.MemberId, ct)) return Outcomes.AlreadyLinked;
            // Another member linked the same wallet a moment earlier.
            if (await IsLinkedToAnotherMemberAsync(settings.Name, accountId, attempt.MemberId, ct)) return Outcomes.WalletInUse;
            throw;
        }
        return Outcomes.Linked;
    }

    /// <summary>
    /// Never cancelled and never failing the callback: the member's browser is on its way back either way, and a
    /// history entry missed is better than an error page.
    /// </summary>
    private async Task RecordFailureAsync(Guid memberId, string outcome)
    {
        try
        {
            db.ChangeTracker.Clear();
            db.LinkHistory.Add(LinkHistoryEntry.Of(memberId, clock.GetUtcNow(), LinkHistoryKinds.LinkFailed, reason: outcome,
                provider: options.Value.Name));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException failure)
        {
            logger.LogWarning(failure, "A failed wallet link could not be recorded in the link history");
        }
    }

    private Task<bool> IsLinkedToAnotherMemberAsync(string providerName, string walletAccountId, Guid memberId, CancellationToken ct) =>
        db.LinkedWallets.AnyAsync(w => w.Provider == providerName && w.WalletAccountId == walletAccountId && w.MemberId != memberId, ct);
}
