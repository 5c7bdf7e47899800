using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.ServiceDefaults.KeyEncryption;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.IdentityPortal.Tokens;

public static class TokenIssuingRegistration
{
    public const string TokenEndpoint = "api/portal/connect/token";

    /// <summary>RFC 7009 token revocation: the gateway's sign-out revokes the member's refresh token here.</summary>
    public const string RevocationEndpoint = "api/portal/connect/revoke";

    /// <summary>The member's own API (設定): a valid access token of this issuer, for this service, not revoked.</summary>
    public const string MemberPolicy = "portal-member";

    /// <summary>
    /// OpenIddict as the members' token issuer: JWT access tokens (signed, not encrypted, so resource servers can read
    /// them with the published keys), reference refresh tokens that rotate on use and end a fixed time after sign-in,
    /// only the refresh-token grant at the token endpoint, and revocation for sign-out. Keys come from the database
    /// (<see cref="TokenKeyStore"/>), sealed under <c>KeyEncryption:Key</c> (<see cref="TokenKeySealing"/>).
    /// </summary>
    public static IHostApplicationBuilder AddTokenIssuing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalTokenOptions>().BindConfiguration(PortalTokenOptions.Section);
        var tokens = builder.Configuration.GetSection(PortalTokenOptions.Section).Get<PortalTokenOptions>() ?? new PortalTokenOptions();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(tokens.Issuer));
                server.SetTokenEndpointUris(TokenEndpoint);
                // Handled by OpenIddict itself (no passthrough): the token is checked and marked revoked.
                server.SetRevocationEndpointUris(RevocationEndpoint);
                server.AllowRefreshTokenFlow();
                server.AcceptAnonymousClients();
                server.RegisterScopes(Scopes.OfflineAccess, PortalTokenIssuer.WalletScope);
                server.SetAccessTokenLifetime(tokens.AccessTokenLifetime);
                server.SetRefreshTokenLifetime(tokens.RefreshTokenLifetime);
                // A renewed refresh token keeps the first one's end: the session has an absolute lifetime.
                server.DisableSlidingRefreshTokenExpiration();
                // A refresh token rotates on use; a second use is a replay and fails (and revokes the chain) unless
                // it comes within the leeway, as two tabs renewing at once do.
                server.SetRefreshTokenReuseLeeway(tokens.RefreshTokenReuseLeeway);
                server.UseReferenceRefreshTokens();
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    // Services speak plain http inside the system; members reach them only through the gateway.
                    .DisableTransportSecurityRequirement();
            })
            // The member's own account API (AccountApi: deletion; AccountSettingsApi: settings) takes the access tokens
            // this server issued, read with its own keys and only for the audience "identity-portal". Each token's entry
            // is checked too: a token revoked by a password change or a deletion stops at once.
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(PortalTokenOptions.OwnAudience);
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(MemberPolicy, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());
        builder.Services.TryAddSingleton(services => KeyEncryptionKey.FromConfiguration(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<TokenKeySealing>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TokenKeyStore>();
        // First of all hosted services, so no other one can ask OpenIddict for keys before they are checked.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, TokenKeyStartupCheck>());
        builder.Services.AddSingleton<PortalTokenIssuer>();
        return builder;
    }
}
