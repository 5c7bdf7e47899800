using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Onboarding.WalletSandbox.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.WalletSandbox.Apis;

/// <summary>
/// <c>POST /oauth/token</c> after OpenIddict has authenticated the client and checked the code (with its PKCE verifier
/// and redirect_uri) or the refresh token: re-issues tokens while the wallet user still exists.
/// </summary>
public static class OAuthTokenApi
{
    public static IEndpointRouteBuilder MapOAuthTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/oauth/token", ExchangeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, SandboxDbContext db)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal) return Refuse(Errors.InvalidGrant, "The code or refresh token is no longer valid.");

        var userId = Guid.TryParse(principal.GetClaim(Claims.Subject), out var id) ? id : Guid.Empty;
        if (!await db.Users.AnyAsync(u => u.Id == userId, context.RequestAborted))
        {
            return Refuse(Errors.InvalidGrant, "The wallet user no longer exists.");
        }
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
