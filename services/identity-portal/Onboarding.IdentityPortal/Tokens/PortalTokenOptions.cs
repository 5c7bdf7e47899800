namespace Onboarding.IdentityPortal.Tokens;

/// <summary>How identity-portal issues tokens (<c>Portal:Tokens</c>).</summary>
public sealed class PortalTokenOptions
{
    public const string Section = "Portal:Tokens";

    /// <summary>
    /// The <c>iss</c> of every token and where resource servers find the keys. The service-discovery name, so that
    /// wallet-link and membership reach the metadata through the same name inside the system.
    /// </summary>
    public string Issuer { get; set; } = "http://identity-portal/";

    /// <summary>Short: a stolen access token is worth little, and the refresh token renews it.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A member's sitting: long enough to finish STEP 3 and look at the mypage. Absolute: counted from the sign-in,
    /// and a refresh hands out a new refresh token with the same end, so renewing never extends the sitting.
    /// The gateway's member session ends at the same time (<c>Gateway:Step3:SessionLifetime</c>).
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a refresh token already used may be used again. Two tabs of one member renewing at the same moment
    /// both present the same refresh token; with no leeway the second is taken for a replay and the whole session is
    /// revoked. A replay after this leeway is still refused (and revokes the session's tokens). OpenIddict's default.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The resource servers that accept the access token (its <c>aud</c>), identity-portal's own settings API among them.</summary>
    public string[] Audiences { get; set; } = ["wallet-link", "membership", PortalTokenIssuer.OwnAudience];
}
