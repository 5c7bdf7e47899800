using System.Globalization;

namespace Onboarding.ServiceDefaults.Localization;

/// <summary>
/// One piece of member-facing wording in both languages the product speaks. Every text table (the services'
/// problems, the notification's mail and SMS, the gateway's pages) is a static class of these: a typed table, so a
/// text without its translation does not compile and a renamed or deleted text breaks its users at build time —
/// which resource files and <c>IStringLocalizer</c> would only show at run time. See docs/architecture.md
/// ("One text mechanism").
/// </summary>
/// <param name="Ja">Japanese, the default.</param>
/// <param name="En">English.</param>
public sealed record LocalizedText(string Ja, string En)
{
    /// <summary>The wording for a culture name (<c>en</c>, <c>en-GB</c>, <c>ja</c>, …); Japanese unless English.</summary>
    public string In(string culture) =>
        culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Ja;

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    /// <summary>Fills a composite-format text (<c>{0}</c>, …) in the culture's own number and date formats.</summary>
    public string Format(CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, In(culture), arguments);
}
