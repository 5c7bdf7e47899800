using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Onboarding.Messaging;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.WalletSandbox.Extensions;

public static class ApplicationServiceExtensions
{
    /// <summary>The provider's own login session (a member's browser on the sandbox's pages).</summary>
    public const string ProviderSessionScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The audience of the access tokens: only the sandbox's wallet API accepts them.</summary>
    public const string WalletApiAudience = "pokepay-wallet-api";

    public const string WalletApiPolicy = "wallet-api";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SandboxDbContext>("sandboxdb");
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<PhoneMessageSink>();
        builder.Services.AddScoped<LoginCodeMailer>();
        builder.Services.AddScoped<ClientRegistration>();
        builder.Services.AddHostedService<ClientRegistrationAtStart>();

        builder.Services.AddRazorPages();
        // Japanese text from data (client names, messages) as characters, not numeric entities.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The provider's API speaks snake_case (the operator's /sandbox/faults names its fields explicitly).
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        builder.Services.AddAuthentication(ProviderSessionScheme)
            .AddCookie(ProviderSessionScheme, cookie =>
            {
                cookie.Cookie.Name = "pokepay_sandbox_session";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = "/login";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WalletApiPolicy, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());

        builder.AddOAuthServer();
        return builder;
    }

    private static void AddOAuthServer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<SandboxDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("oauth/authorize")
                    .SetTokenEndpointUris("oauth/token")
                    .SetRevocationEndpointUris("oauth/revoke");
                // Tokens name the host they were issued on, and are checked against the host they come back to. When
                // browsers and wallet-link reach the sandbox under different names, fix the issuer instead.
                if (builder.Configuration[$"{SandboxOptions.Section}:Issuer"] is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer, UriKind.Absolute));
                }
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes(ClientRegistration.ReadScope);
                server.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                server.SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5));
                // RFC 9700 §4.14.2: a refresh token is spent on first use; a replay revokes the whole grant.
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.AddEventHandler(RefreshTokenWithEveryTokenResponse.Descriptor);
                // OpenIddict accepts "plain" by default for interoperability; the contract demands S256 only.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    // Aspire runs the sandbox on plain http in development and tests.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.AddAudiences(WalletApiAudience);
                // Look every token up, so revoked tokens (and grants revoked after a refresh-token replay) fail.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                validation.AddEventHandler(MissingTokenIsInvalidToken.Descriptor);
            });
        // Keys from the database rather than development certificates: tokens survive a restart.
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, PersistedTokenKeys>();
    }
}
