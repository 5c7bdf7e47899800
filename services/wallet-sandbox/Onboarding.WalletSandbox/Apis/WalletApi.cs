using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Onboarding.WalletSandbox.Domain;
using Onboarding.WalletSandbox.Extensions;
using Onboarding.WalletSandbox.Infrastructure;

namespace Onboarding.WalletSandbox.Apis;

/// <summary>The provider's bearer API (docs/wallet-provider.md): a token reads only its own user's wallet.</summary>
public static class WalletApi
{
    private const int DefaultPerPage = 20;
    private const int MaxPerPage = 100;

    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(ApplicationServiceExtensions.WalletApiPolicy);
        api.MapGet("/users/me", GetMe);
        // Ids are taken as text so a malformed one is a 404 like any other foreign id, after authentication.
        api.MapGet("/users/{id}/accounts", GetAccounts);
        api.MapGet("/accounts/{id}", GetAccount);
        api.MapGet("/accounts/{id}/transactions", GetTransactions);
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> GetMe(ClaimsPrincipal principal, SandboxDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == UserIdOf(principal), cancellationToken);
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(new UserResponse(user.Id, user.Name));
    }

    private static async Task<Results<Ok<RowsResponse<AccountResponse>>, NotFound>> GetAccounts(
        string id, ClaimsPrincipal principal, SandboxDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var userId) || userId != UserIdOf(principal)) return TypedResults.NotFound();
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RowsResponse<AccountResponse>(accounts.Select(AccountResponse.From).ToList(), accounts.Count));
    }

    private static async Task<Results<Ok<AccountResponse>, NotFound>> GetAccount(
        string id, ClaimsPrincipal principal, SandboxDbContext db, CancellationToken cancellationToken)
    {
        var account = await OwnAccountAsync(id, principal, db, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(AccountResponse.From(account));
    }

    private static async Task<Results<Ok<RowsResponse<TransactionResponse>>, NotFound>> GetTransactions(
        string id, ClaimsPrincipal principal, SandboxDbContext db, CancellationToken cancellationToken,
        [FromQuery(Name = "per_page")] int? perPage = null)
    {
        var account = await OwnAccountAsync(id, principal, db, cancellationToken);
        if (account is null) return TypedResults.NotFound();
        var take = Math.Clamp(perPage ?? DefaultPerPage, 1, MaxPerPage);
        var all = db.Transactions.AsNoTracking().Where(t => t.AccountId == account.Id);
        var count = await all.CountAsync(cancellationToken);
        var rows = await all.OrderByDescending(t => t.DoneAt).ThenByDescending(t => t.Id).Take(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RowsResponse<TransactionResponse>(rows.Select(TransactionResponse.From).ToList(), count));
    }

    private static async Task<WalletAccount?> OwnAccountAsync(string id, ClaimsPrincipal principal, SandboxDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var accountId)) return null;
        var userId = UserIdOf(principal);
        return await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId && a.UserId == userId, cancellationToken);
    }

    private static Guid UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.GetClaim(OpenIddictConstants.Claims.Subject), out var id) ? id : Guid.Empty;
}

public sealed record UserResponse(Guid Id, string Name);

public sealed record RowsResponse<T>(IReadOnlyList<T> Rows, int Count);

public sealed record PrivateMoneyResponse(Guid Id, string Name, string Unit);

public sealed record AccountResponse(Guid Id, string Name, decimal Balance, decimal MoneyBalance, decimal PointBalance, PrivateMoneyResponse PrivateMoney)
{
    public static AccountResponse From(WalletAccount account) => new(account.Id, account.Name, account.Balance,
        account.MoneyBalance, account.PointBalance, new PrivateMoneyResponse(CoopMoney.Id, CoopMoney.Name, CoopMoney.Unit));
}

public sealed record TransactionResponse(Guid Id, string Type, string Description, decimal Amount, decimal MoneyAmount, decimal PointAmount, DateTimeOffset DoneAt)
{
    public static TransactionResponse From(WalletTransaction transaction) => new(transaction.Id, transaction.Type,
        transaction.Description, transaction.Amount, transaction.MoneyAmount, transaction.PointAmount, transaction.DoneAt);
}
