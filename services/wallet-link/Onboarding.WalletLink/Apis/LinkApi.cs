using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Domain;
using Onboarding.WalletLink.Provider;

namespace Onboarding.WalletLink.Apis;

/// <summary>
/// STEP 3's link (「続行」 → the provider's pages → back): begin with the member's access token, the provider's
/// callback, and unlink.
/// </summary>
public static class LinkApi
{
    public static IEndpointRouteBuilder MapLinkApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/wallet/links", StartLink).RequireAuthorization()
            .WithSummary("STEP 3: start linking the wallet: the provider's consent URL")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (409, "already_linked"));
        // The provider redirects the member's browser here: no bearer token; the one-time state identifies the attempt and
        // the browser binding cookie shows it is the browser that started it.
        app.MapGet("/api/wallet/links/callback", Callback)
            .WithSummary("The provider's OAuth redirect back; redirects the browser to the member UI")
            .Produces(StatusCodes.Status302Found);
        app.MapDelete("/api/wallet/links/me", Unlink).RequireAuthorization()
            .WithSummary("Unlink the member's wallet (tokens revoked at the provider)")
            .ProducesProblems((404, "not_linked"), (503, "provider_unavailable"));
        return app;
    }

    public sealed record LinkRequest(string? ReturnUrl);

    /// <summary>
    /// The provider's address, and the cookie the member's browser must carry back to the callback. The start is a
    /// server-to-server call (the gateway's STEP 3 page, with the member's token from its own session cookie), so this
    /// answer never reaches the browser: the caller sets the cookie (HttpOnly, SameSite=Lax so that it comes back on the
    /// provider's top-level redirect, Secure on https, for <c>CookiePath</c> only, until <c>ExpiresAt</c>). The check
    /// stays here, beside the attempt it guards, so that no way to the callback can skip it.
    /// </summary>
    public sealed record LinkStarted(Uri AuthorizationUrl, BrowserBinding BrowserBinding);

    public static async Task<Results<Created<LinkStarted>, ProblemHttpResult>> StartLink(
        LinkRequest request, HttpContext http, WalletLinker linker, CancellationToken ct)
    {
        if (MemberIdentity.Of(http) is not { } memberId) return Problems.Of(http, StatusCodes.Status401Unauthorized, "sign_in_required");
        var returnPath = request.ReturnUrl ?? ReturnPath.Default;
        if (!ReturnPath.IsSafe(returnPath)) return Problems.Validation(http, new Dictionary<string, string> { ["returnUrl"] = "returnUrl.invalid" });
        if (await linker.IsLinkedAsync(memberId, ct)) return Problems.Of(http, StatusCodes.Status409Conflict, "already_linked");

        var started = await linker.StartAsync(memberId, returnPath, ct);
        return TypedResults.Created("/api/wallet/me", new LinkStarted(started.AuthorizationUrl, started.BrowserBinding));
    }

    public static async Task<RedirectHttpResult> Callback(string? code, string? state, string? error, HttpContext http, WalletLinker linker,
        IOptions<WalletProviderOptions> provider, CancellationToken ct)
    {
        var next = await linker.CompleteAsync(code, state, error, name => http.Request.Cookies[name], ct);
        // The attempt is used up whatever the outcome: its cookie has done its work.
        if (!string.IsNullOrEmpty(state) && BrowserBinding.CookieNameFor(state) is var cookie && http.Request.Cookies.ContainsKey(cookie))
        {
            http.Response.Cookies.Delete(cookie, new CookieOptions { Path = provider.Value.CallbackPath, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }
        return TypedResults.Redirect(next);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Unlink(HttpContext http, WalletUnlinker unlinker, CancellationToken ct)
    {
        if (MemberIdentity.Of(http) is not { } memberId) return Problems.Of(http, StatusCodes.Status401Unauthorized, "sign_in_required");
        return await unlinker.UnlinkAsync(memberId, UnlinkReasons.Member, ct) switch
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
