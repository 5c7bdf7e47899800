namespace Onboarding.Gateway.Security;

/// <summary>
/// Browser protections sent with every response, pages and proxied API calls alike.
/// The pages load nothing but their own stylesheet, so the policy can be strict: no inline script,
/// no inline style, no framing.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // Codes and lookup ids may appear in URLs (the passcode mail links to the code page): never leak them.
    public const string ReferrerPolicy = "no-referrer";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set just before the response starts, so neither a proxied service nor antiforgery
            // (which adds X-Frame-Options: SAMEORIGIN) can leave a weaker value behind.
            context.Response.OnStarting(static state =>
            {
                Apply(((HttpContext)state).Response.Headers);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

    private static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // For browsers that predate frame-ancestors.
        headers.XFrameOptions = "DENY";
    }
}
