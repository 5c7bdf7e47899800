namespace Onboarding.Gateway.Security;

/// <summary>Wires the gateway's transport-level protections; each one lives in its own file.</summary>
public static class GatewaySecurity
{
    public static IHostApplicationBuilder AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.AddTrustedProxies();
        // Antiforgery's cookie is not Secure by default even over HTTPS; behind a TLS-terminating proxy the request is
        // HTTPS once the forwarded headers are applied, and then the cookie must be Secure like every other.
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            // Whether sub-domains and the preload list are ours to commit to is the co-op's call, not ours.
            options.IncludeSubDomains = false;
            options.Preload = false;
        });
        return builder;
    }

    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        // A development machine serves plain HTTP on localhost; pinning HTTPS there only gets in the way.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        return app;
    }
}
