using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Onboarding.Membership.Apis;

namespace Onboarding.Membership.Tests;

/// <summary>
/// A FAKE stand-in for identity-portal's access-token validation (ServiceDefaults' <c>AddPortalTokenValidation</c>,
/// not in this service yet): a request with the <c>X-Test-Member-Id</c> header is authenticated as that member, with the
/// <c>member_id</c> claim real tokens carry. It tests only how <see cref="OnboardingProgressAccess"/> uses the
/// principal; real token validation (signature, audience, expiry) is tested where it is implemented.
/// </summary>
public sealed class TestMemberAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestMember";
    public const string HeaderName = "X-Test-Member-Id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var memberId)) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity([new Claim(OnboardingProgressAccess.MemberIdClaim, memberId.ToString())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
