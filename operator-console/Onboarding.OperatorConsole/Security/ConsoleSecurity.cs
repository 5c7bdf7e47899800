namespace Onboarding.OperatorConsole.Security;

/// <summary>
/// The console's transport and browser protections: antiforgery on every form (Razor Pages validate it on every
/// POST), HSTS outside development, and strict headers on every response. Pages that show members' data must not be
/// kept by the browser or a proxy, so nothing the console answers is cacheable except its static files.
/// </summary>
public static class ConsoleSecurity
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IHostApplicationBuilder AddConsoleSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "onboarding-console-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseConsoleSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use((context, next) =>
        {
            // Just before the response starts, so that nothing later (antiforgery's X-Frame-Options) weakens them.
            context.Response.OnStarting(static state =>
            {
                var response = ((HttpContext)state).Response;
                response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.XFrameOptions = "DENY";
                response.Headers["Referrer-Policy"] = "no-referrer";
                response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
                response.Headers["Permissions-Policy"] = "camera=(), geolocation=(), microphone=(), payment=(), usb=()";
                if (!IsStaticFile(response.HttpContext.Request.Path))
                {
                    response.Headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/favicon.svg");
}
