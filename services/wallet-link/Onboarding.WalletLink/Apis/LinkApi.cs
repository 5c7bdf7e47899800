using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Apis;

/// <summary>
/// STEP 3's link (「続行」 → the provider's pages → back): begin with the member's access token, the provider's
/// callback, and unlink.
/// </summary>
public static class LinkApi
{
    public static IEndpointRouteBuilder MapLinkApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/wallet/links", StartLink).RequireAuthorization();
        // The provider redirects the member's browser here: no bearer token, the one-time state identifies the attempt.
        app.MapGet("/api/wallet/links/callback", Callback);
        app.MapDelete("/api/wallet/links/me", Unlink).RequireAuthorization();
        return app;
    }

    public sealed record LinkRequest(string? ReturnUrl);

    public sealed record LinkStarted(Uri AuthorizationUrl);

    public static async Task<Results<Created<LinkStarted>, ProblemHttpResult>> StartLink(
        LinkRequest request, HttpContext http, WalletLinker linker, CancellationToken ct)
    {
        if (MemberIdentity.Of(http) is not { } memberId) return Problems.Of(http, StatusCodes.Status401Unauthorized, "sign_in_required");
        var returnPath = request.ReturnUrl ?? ReturnPath.Default;
        if (!ReturnPath.IsSafe(returnPath)) return Problems.Validation(http, new Dictionary<string, string> { ["returnUrl"] = "returnUrl.invalid" });
        if (await linker.IsLinkedAsync(memberId, ct)) return Problems.Of(http, StatusCodes.Status409Conflict, "already_linked");

        var authorizationUrl = await linker.StartAsync(memberId, returnPath, ct);
        return TypedResults.Created("/api/wallet/me", new LinkStarted(authorizationUrl));
    }

    public static async Task<RedirectHttpResult> Callback(string? code, string? state, string? error, WalletLinker linker, CancellationToken ct) =>
        TypedResults.Redirect(await linker.CompleteAsync(code, state, error, ct));

    public static async Task<Results<NoContent, ProblemHttpResult>> Unlink(HttpContext http, WalletUnlinker unlinker, CancellationToken ct)
    {
        if (MemberIdentity.Of(http) is not { } memberId) return Problems.Of(http, StatusCodes.Status401Unauthorized, "sign_in_required");
        return await unlinker.UnlinkAsync(memberId, ct) switch
        {
            WalletUnlinker.Result.Unlinked => TypedResults.NoContent(),
            WalletUnlinker.Result.NotLinked => Problems.Of(http, StatusCodes.Status404NotFound, "not_linked"),
            _ => Problems.Of(http, StatusCodes.Status503ServiceUnavailable, "provider_unavailable"),
        };
    }
}

/// <summary>The member a validated identity-portal access token speaks for.</summary>
public static class MemberIdentity
{
    public static Guid? Of(HttpContext http) =>
        Guid.TryParse(http.User.FindFirst(PortalTokenValidation.MemberIdClaim)?.Value, out var memberId) ? memberId : null;
}
