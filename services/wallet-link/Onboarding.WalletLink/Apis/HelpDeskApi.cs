using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.ServiceDefaults.HelpDesk;
using Onboarding.WalletLink.HelpDesk;

namespace Onboarding.WalletLink.Apis;

/// <summary>The operator console's help desk on wallet-link's operator API (docs/architecture.md §9.9).</summary>
public static class HelpDeskApi
{
    public static RouteGroupBuilder MapHelpDeskApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapGet("/members/{memberId:guid}/timeline", Timeline)
            .WithSummary("A member's wallet link attempts and outcomes, links, unlinks and refused token refreshes, oldest first (empty for an unknown member)");
        return operatorApi;
    }

    public static async Task<Ok<MemberTimeline>> Timeline(Guid memberId, MemberTimelineReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync(memberId, ct));
}
