using Onboarding.IdentityPortal.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using Onboarding.ServiceDefaults.Problems;
using Onboarding.IdentityPortal.Application;
using Onboarding.ServiceDefaults.OpenApi;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// The signed-in member's own portal account, authorized by the member's access token (this service validates its own
/// tokens: audience <c>identity-portal</c>). Today: deleting it (退会, architecture §6.9).
/// </summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapDelete("/api/portal/accounts/me", Delete).RequireAuthorization(TokenIssuingRegistration.MemberPolicy)
            .WithSummary("Delete the member's portal account (the wallet is unlinked first by the caller); a replay answers 204 again")
            .ProducesProblems((401, "the access token is missing or invalid"), (404, "account_not_found"));
        return app;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(HttpContext http, PortalAccountDeletion deletion, CancellationToken ct)
    {
        // The subject is the account; the policy has already refused a request without a valid token.
        if (!Guid.TryParse(http.User.FindFirst(OpenIddictConstants.Claims.Subject)?.Value, out var accountId))
        {
            return Problems.Of(http, StatusCodes.Status404NotFound, "account_not_found");
        }
        return await deletion.DeleteAsync(accountId, MemberCulture.Of(http.Request), ct) switch
        {
            PortalAccountDeletion.Outcome.NotFound => Problems.Of(http, StatusCodes.Status404NotFound, "account_not_found"),
            _ => TypedResults.NoContent(),
        };
    }
}
