using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using Onboarding.IdentityPortal.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.IdentityPortal.Tokens;

/// <summary>
/// Turns a completed sign-in into the member's tokens. Every token comes out of OpenIddict's own pipeline (keys,
/// lifetimes, reference refresh tokens, storage), also for the two sign-in API calls that are not OAuth requests:
/// they answer as the token endpoint would, under a grant type that the real token endpoint does not accept —
/// so there is no password grant there.
/// </summary>
public sealed class PortalTokenIssuer(IOptions<PortalTokenOptions> options)
{
    public const string SignInGrantType = "urn:onboarding:params:oauth:grant-type:sign-in";
    public const string MemberIdClaim = "member_id";
    public const string WalletScope = "wallet";

    /// <summary>identity-portal's own audience: the member's account settings API.</summary>
    public const string OwnAudience = "identity-portal";

    /// <summary>
    /// Which password the sitting began with (<see cref="PasswordVersion"/>), kept only in the refresh token (no
    /// destination: never in an access token). A password reset changes it, so a refresh token that escaped the reset's
    /// revocation (a renewal in flight at that moment) is still refused at the token endpoint.
    /// </summary>
    public const string PasswordVersionClaim = "portal_password_version";

    /// <summary>
    /// A short digest of the stored password hash: it changes exactly when the password does. Not ASP.NET Core
    /// Identity's security stamp, which also changes with the phone number or e-mail address: those must not end the
    /// member's own sitting.
    /// </summary>
    public static string PasswordVersion(PortalUser user) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash ?? "")))[..16];

    /// <summary>The access token's claims: who (subject and member id), for whom (audiences), what (scopes).</summary>
    public ClaimsPrincipal PrincipalFor(PortalUser user)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(MemberIdClaim, user.MemberId.ToString());
        identity.SetScopes(Scopes.OfflineAccess, WalletScope);
        identity.SetResources(options.Value.Audiences);
        identity.SetClaim(PasswordVersionClaim, PasswordVersion(user));
        identity.SetDestinations(claim => claim.Type == PasswordVersionClaim ? [] : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Answers this request with OpenIddict's token response (<c>access_token</c>, <c>refresh_token</c>, …).</summary>
    public IResult TokensFor(HttpContext http, PortalUser user)
    {
        var transaction = http.Features.Get<OpenIddictServerAspNetCoreFeature>()?.Transaction
            ?? throw new InvalidOperationException("OpenIddict's server is not in the request pipeline.");
        transaction.EndpointType = OpenIddictServerEndpointType.Token;
        transaction.Request = new OpenIddictRequest { GrantType = SignInGrantType };
        var properties = new AuthenticationProperties(
            items: new Dictionary<string, string?>(),
            // The UI needs the member id for the progress endpoint without reading the token.
            parameters: new Dictionary<string, object?> { [MemberIdClaim] = user.MemberId.ToString() });
        return Results.SignIn(PrincipalFor(user), properties, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
