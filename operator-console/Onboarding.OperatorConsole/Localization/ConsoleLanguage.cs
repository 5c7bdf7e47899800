using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Localization;

/// <summary>
/// The language a console page is shown in (injected into pages as <c>T</c>: <c>T[ConsoleText.SignInTitle]</c>):
/// Japanese unless the staff member chose English (the culture cookie) or their browser asks for it.
/// </summary>
public sealed class ConsoleLanguage
{
    private ConsoleLanguage(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public bool IsEnglish => Culture.TwoLetterISOLanguageName == "en";

    public string this[LocalizedText text] => text.In(Culture);

    public string Format(LocalizedText text, params object?[] arguments) => text.Format(Culture, arguments);

    /// <summary>A moment in Japan's time zone (the co-ops', whatever the server's), e.g. 2026-12-06 21:05:09.</summary>
    public string Time(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, JapanTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static readonly TimeZoneInfo JapanTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    internal static ConsoleLanguage For(CultureInfo culture) => new(culture);
}

/// <summary>Japanese first, English available; the choice is kept in the standard ASP.NET Core culture cookie.</summary>
public static class ConsoleLocalization
{
    public const string DefaultCulture = "ja";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];

    public static bool IsSupported(string? culture) => culture is not null && SupportedCultures.Contains(culture);

    public static IHostApplicationBuilder AddConsoleLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(DefaultCulture).AddSupportedCultures(SupportedCultures).AddSupportedUICultures(SupportedCultures);
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Japanese as characters in the page source, not &#x...; entities (markup-significant characters are encoded either way).
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddScoped(_ => ConsoleLanguage.For(CultureInfo.CurrentUICulture));
        return builder;
    }
}
