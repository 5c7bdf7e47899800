using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// The language a page is shown in: <c>T[UiText.SiteTitle]</c> gives a <see cref="UiText"/> string in it. One per
/// request (injected into pages and views as <c>T</c>), Japanese unless the member chose English.
/// </summary>
public sealed class UiLanguage
{
    public static readonly UiLanguage Japanese = new("ja");
    public static readonly UiLanguage English = new("en");

    private readonly string _culture;

    private UiLanguage(string culture) => _culture = culture;

    public static UiLanguage For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Japanese;

    /// <summary>
    /// The language the localization middleware chose for this request. Also right in code that runs outside that
    /// middleware (error handlers further out), where the current culture is not set.
    /// </summary>
    public static UiLanguage For(HttpContext context) =>
        For(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture);

    public string this[LocalizedText text] => text.In(_culture);

    /// <summary>English puts "Year" before its select; Japanese writes the unit after it (〔2004〕年).</summary>
    public bool DatePartLabelFirst => this == English;

    public string StepNumber(int step) => string.Format(CultureInfo.InvariantCulture, this[UiText.StepNumberFormat], step);

    public string FormatDate(DateOnly date, CultureInfo culture) => date.ToString(this[UiText.DateFormat], culture);
}
