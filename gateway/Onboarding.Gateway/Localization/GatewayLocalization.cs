using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Japanese first, English available. The member's choice (the language switch) is kept in the
/// standard ASP.NET Core culture cookie and wins over the browser's <c>Accept-Language</c>.
/// </summary>
public static class GatewayLocalization
{
    public const string DefaultCulture = "ja";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];

    public static IHostApplicationBuilder AddGatewayLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(DefaultCulture)
                .AddSupportedCultures(SupportedCultures)
                .AddSupportedUICultures(SupportedCultures);
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // Razor would otherwise write every Japanese character as &#x...; (still safe, but triple the bytes
        // and unreadable in page source). Markup-significant characters are encoded either way.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Resolved on first use in a request, i.e. after the localization middleware has set the culture.
        builder.Services.AddScoped(_ => UiLanguage.For(CultureInfo.CurrentUICulture));
        return builder;
    }

    public static bool IsSupported(string? culture) => culture is not null && SupportedCultures.Contains(culture);

    public static void RememberCulture(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
                Path = "/",
            });

    /// <summary>
    /// Where the language switch returns to: the page the member asked for, also when an error page
    /// is being shown in its place (re-executed), so that switching does not land on <c>/Error</c>.
    /// </summary>
    public static string ReturnUrl(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        }
        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return context.Request.PathBase + failed.Path;
        }
        return context.Request.PathBase + context.Request.Path + context.Request.QueryString;
    }
}
