using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// How a resource server (wallet-link, membership) accepts the members' access tokens from identity-portal: a JWT
/// whose signature matches a key identity-portal publishes, whose issuer is identity-portal, whose audience is this
/// service, of type access token (<c>at+jwt</c>, so no other token passes as one), and not expired. The published keys
/// are fetched through service discovery (the issuer is the name <c>identity-portal</c>).
/// </summary>
public static class PortalTokenValidation
{
    public const string MemberIdClaim = "member_id";
    public const string DefaultIssuer = "http://identity-portal/";

    /// <summary>The HttpClient that fetches identity-portal's metadata and keys (tests give it their own handler).</summary>
    public const string MetadataClientName = "portal-token-metadata";

    public static IHostApplicationBuilder AddPortalTokenValidation(this IHostApplicationBuilder builder, string audience)
    {
        var issuer = builder.Configuration["PortalTokens:Issuer"] ?? DefaultIssuer;
        builder.Services.AddHttpClient(MetadataClientName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                // Inside the system over plain http: members never reach services directly.
                options.RequireHttpsMetadata = false;
                options.MetadataAddress = new Uri(new Uri(issuer), ".well-known/openid-configuration").ToString();
                options.Backchannel = clients.CreateClient(MetadataClientName);
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudience = audience,
                    ValidTypes = ["at+jwt"],
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddHostedService<PortalKeysPrefetch>();
        return builder;
    }
}

/// <summary>
/// Fetches identity-portal's metadata and keys when the service starts instead of on the first member's request:
/// started under load, that request waited 2–7 s for them (and every request arriving meanwhile with it). A failure
/// here is only logged; the handler fetches again when a request needs the keys.
/// </summary>
public sealed partial class PortalKeysPrefetch(IOptionsMonitor<JwtBearerOptions> options, ILogger<PortalKeysPrefetch> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager is not { } metadata) return;
        try
        {
            await metadata.GetConfigurationAsync(stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogPrefetchFailed(logger, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "identity-portal's token keys could not be fetched at start ({Failure}); the first request will fetch them")]
    private static partial void LogPrefetchFailed(ILogger logger, string failure);
}
