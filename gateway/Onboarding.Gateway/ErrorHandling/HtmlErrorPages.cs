namespace Onboarding.Gateway.ErrorHandling;

/// <summary>
/// Members get a localised HTML page for errors and unknown pages. Paths under <c>/api</c> are left to the
/// problem-details handling of the service defaults, because their callers read JSON.
/// </summary>
public static class HtmlErrorPages
{
    public const string ErrorPath = "/Error";

    public static IApplicationBuilder UseHtmlErrorPages(this IApplicationBuilder app) =>
        app.UseWhen(context => !IsApiRequest(context), pages =>
        {
            pages.UseExceptionHandler(ErrorPath);
            pages.UseStatusCodePagesWithReExecute(ErrorPath + "/{0}");
        });

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
