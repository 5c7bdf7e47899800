using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Puts markup (e.g. a <c>&lt;time&gt;</c> element) into a translated sentence at its <c>{0}</c>,
/// encoding the sentence itself, so translations stay plain text and word order stays per language.
/// </summary>
public static class HtmlFormatting
{
    public static IHtmlContent FormatHtml(string format, IHtmlContent argument)
    {
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException($"'{format}' has no {{0}} placeholder.");
        }
        return new HtmlContentBuilder()
            .Append(format[..at])
            .AppendHtml(argument)
            .Append(format[(at + 3)..]);
    }

    /// <summary>A <c>&lt;time&gt;</c> element: the date as the member reads it, ISO 8601 for machines.</summary>
    public static IHtmlContent DateElement(DateOnly date, UiText text, CultureInfo culture)
    {
        var element = new TagBuilder("time");
        element.Attributes["datetime"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        element.AddCssClass("date");
        element.InnerHtml.Append(text.FormatDate(date, culture));
        return element;
    }
}
