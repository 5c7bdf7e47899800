using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// The OAuth token endpoint (<c>/api/portal/connect/token</c>): only the refresh-token grant. OpenIddict has already
/// checked the refresh token (signature, expiry, revocation, reuse beyond the leeway) before this runs; here the account
/// must still exist.
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        // OpenIddict reads the form and writes both answers in OAuth's own shape (RFC 6749 §5), not as problems.
        app.MapPost("/" + TokenIssuingRegistration.TokenEndpoint, Exchange)
            .WithSummary("OAuth token endpoint: grant_type=refresh_token only (form body)")
            .Accepts<Dictionary<string, string>>("application/x-www-form-urlencoded")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .AnswersOAuthErrors();
        return app;
    }

    public static async Task<IResult> Exchange(HttpContext http, UserManager<PortalUser> users, PortalTokenIssuer tokens)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenIddict token request.");
        if (!request.IsRefreshTokenGrantType()) return Refuse(Errors.UnsupportedGrantType, "Only refresh_token is accepted here.");

        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = result.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null) return Refuse(Errors.InvalidGrant, "The account no longer exists.");
        // A sitting begun with a password that has since been reset (tokens from before this was kept carry none).
        if (result.Principal!.GetClaim(PortalTokenIssuer.PasswordVersionClaim) is { } version && version != PortalTokenIssuer.PasswordVersion(user))
        {
            return Refuse(Errors.InvalidGrant, "The account's password was changed since this sign-in.");
        }
        return Results.SignIn(tokens.PrincipalFor(user), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
