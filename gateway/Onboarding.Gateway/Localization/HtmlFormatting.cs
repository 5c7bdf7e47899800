using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Puts markup (e.g. a <c>&lt;time&gt;</c> element) into a translated sentence at its <c>{0}</c>, <c>{1}</c>, ...,
/// encoding the sentence itself, so translations stay plain text and word order stays per language.
/// </summary>
public static partial class HtmlFormatting
{
    public static IHtmlContent FormatHtml(string format, params IHtmlContent[] arguments)
    {
        var result = new HtmlContentBuilder();
        var used = new bool[arguments.Length];
        var rest = 0;
        foreach (System.Text.RegularExpressions.Match placeholder in Placeholder().Matches(format))
        {
            var index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index >= arguments.Length)
            {
                throw new FormatException($"'{format}' refers to {{{index}}}, but only {arguments.Length} argument(s) were given.");
            }
            result.Append(format[rest..placeholder.Index]).AppendHtml(arguments[index]);
            used[index] = true;
            rest = placeholder.Index + placeholder.Length;
        }
        if (used.Contains(false))
        {
            throw new FormatException($"'{format}' does not use every argument ({{0}} to {{{arguments.Length - 1}}}).");
        }
        return result.Append(format[rest..]);
    }

    /// <summary>Plain text argument for <see cref="FormatHtml"/>, encoded like the rest of the sentence.</summary>
    public static IHtmlContent Text(string text) => new HtmlContentBuilder().Append(text);

    /// <summary>A <c>&lt;strong&gt;</c> argument for <see cref="FormatHtml"/> (e.g. the address a code was sent to).</summary>
    public static IHtmlContent Strong(string text, string cssClass)
    {
        var element = new TagBuilder("strong");
        element.AddCssClass(cssClass);
        element.InnerHtml.Append(text);
        return element;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\d+)\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    /// <summary>A <c>&lt;time&gt;</c> element: the date as the member reads it, ISO 8601 for machines.</summary>
    public static IHtmlContent DateElement(DateOnly date, UiLanguage text, CultureInfo culture)
    {
        var element = new TagBuilder("time");
        element.Attributes["datetime"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        element.AddCssClass("date");
        element.InnerHtml.Append(text.FormatDate(date, culture));
        return element;
    }
}
