using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.WalletLink.Application;

namespace Onboarding.WalletLink.Apis;

/// <summary>The e-money mypage's data: link state, balances and recent transactions.</summary>
public static class WalletApi
{
    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/wallet/me", GetMine).RequireAuthorization()
            .WithSummary("The member's wallet: link state, balances and recent transactions");
        return app;
    }

    public static async Task<Results<Ok<WalletOverview.Overview>, ProblemHttpResult>> GetMine(
        HttpContext http, WalletOverview overview, CancellationToken ct)
    {
        if (MemberIdentity.Of(http) is not { } memberId) return Problems.Of(http, StatusCodes.Status401Unauthorized, "sign_in_required");
        return TypedResults.Ok(await overview.ForMemberAsync(memberId, ct));
    }
}
