using System.Text.Json.Serialization;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Portal;

// The shapes of identity-portal's sign-in API (STEP 3: PokePayマイページにアクセス), as the gateway reads them.

public sealed record SignInStarted(Guid SignInId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

/// <summary>The revocation endpoint's answer: nothing but its status.</summary>
public sealed record TokenRevoked;

/// <summary>
/// The member's tokens: OpenIddict's token response, hence snake_case. They never leave the gateway except inside the
/// encrypted session cookie.
/// </summary>
public sealed record MemberTokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("member_id")] string? MemberId);

/// <summary>The stable problem codes of the sign-in API the STEP 3 pages react to (the code ones are shared with sign-up).</summary>
public static class SignInProblemCodes
{
    public const string SignInNotFound = "sign_in_not_found";
    public const string SignInLocked = "sign_in_locked";
    public const string ResendTooSoon = "resend_too_soon";
}

public sealed partial class PortalClient
{
    /// <summary>The same answer whether or not an account exists, so the page cannot tell either.</summary>
    public Task<ServiceResult<SignInStarted>> StartSignInAsync(string? email, CancellationToken cancellationToken) =>
        _api.SendAsync<SignInStarted>(HttpMethod.Post, "/api/portal/sign-ins", new { email }, cancellationToken);

    public Task<ServiceResult<SignInStarted>> ResendSignInCodeAsync(Guid signInId, CancellationToken cancellationToken) =>
        _api.SendAsync<SignInStarted>(HttpMethod.Post, $"/api/portal/sign-ins/{signInId}/email-code", null, cancellationToken);

    public Task<ServiceResult<MemberTokens>> VerifySignInAsync(Guid signInId, string? code, CancellationToken cancellationToken) =>
        _api.SendAsync<MemberTokens>(HttpMethod.Post, $"/api/portal/sign-ins/{signInId}/verification", new { code }, cancellationToken);

    /// <summary>A new access token (and a new refresh token: the old one stops working) from the OAuth token endpoint.</summary>
    public Task<ServiceResult<MemberTokens>> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        _api.SendAsync<MemberTokens>(HttpMethod.Post, "/api/portal/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }), cancellationToken);

    /// <summary>Sign-out: the refresh token stops working at once (RFC 7009 revocation at identity-portal's OpenIddict).</summary>
    public Task<ServiceResult<TokenRevoked>> RevokeAsync(string refreshToken, CancellationToken cancellationToken) =>
        _api.SendAsync(HttpMethod.Post, "/api/portal/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = refreshToken,
            ["token_type_hint"] = "refresh_token",
        }), cancellationToken, withoutBody: () => new TokenRevoked());
}
