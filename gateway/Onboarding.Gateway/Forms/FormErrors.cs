using Microsoft.AspNetCore.Html;
using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.Forms;

/// <summary>One entry of the error summary: the message, and where it links to (its field, or a page), if anywhere.</summary>
public sealed record SummaryError(IHtmlContent Message, string? Href);

/// <summary>
/// What a form shows after a failed submission: a message next to each field the service rejected (keyed by the
/// API's field name) and everything else at the top. The summary lists both, each linking to its field.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly List<SummaryError> _general = [];

    /// <summary>API field name → id of the input to link to (e.g. <c>birthDate</c> → <c>birthYear</c>), in page order.</summary>
    private readonly IReadOnlyList<(string Field, string Anchor)> _anchors;

    public FormErrors(params (string Field, string Anchor)[] anchors) => _anchors = anchors;

    public bool Any => _fields.Count > 0 || _general.Count > 0;

    public bool Has(string field) => _fields.ContainsKey(field);

    public bool Handles(string field) => _anchors.Any(anchor => anchor.Field == field);

    public string? For(string field) => _fields.GetValueOrDefault(field);

    public void AddField(string field, string message)
    {
        if (Handles(field))
        {
            _fields[field] = message;
        }
        else
        {
            // A field this page has no input for (should not happen): still say it, at the top.
            AddGeneral(message);
        }
    }

    /// <summary>A message for the top of the page; <paramref name="anchor"/> is the id of the input it is about.</summary>
    public void AddGeneral(IHtmlContent message, string? anchor = null) =>
        _general.Add(new SummaryError(message, anchor is null ? null : "#" + anchor));

    public void AddGeneral(string message, string? anchor = null) =>
        AddGeneral(new HtmlContentBuilder().Append(message), anchor);

    /// <summary>A way out of the error, listed with the messages (e.g. to the passcode page of a code already sent).</summary>
    public void AddLink(string text, string href) => _general.Add(new SummaryError(new HtmlContentBuilder().Append(text), href));

    /// <summary>The summary in page order: field errors first (in the order the page lists them), then the rest.</summary>
    public IEnumerable<SummaryError> Summary =>
        _anchors.Where(anchor => _fields.ContainsKey(anchor.Field))
            .Select(anchor => new SummaryError(new HtmlContentBuilder().Append(_fields[anchor.Field]), "#" + anchor.Anchor))
            .Concat(_general);

    /// <summary>The id of a field's error message, referenced by the input's <c>aria-describedby</c>.</summary>
    public static string ErrorId(string field) => field + "-error";

    /// <summary>The message shown right above the input of <paramref name="field"/>, or nothing.</summary>
    public IHtmlContent Message(string field, Localization.UiLanguage text)
    {
        if (For(field) is not { } message)
        {
            return HtmlString.Empty;
        }
        var element = new Microsoft.AspNetCore.Mvc.Rendering.TagBuilder("p");
        element.Attributes["id"] = ErrorId(field);
        element.AddCssClass("field__error");
        var prefix = new Microsoft.AspNetCore.Mvc.Rendering.TagBuilder("span");
        prefix.AddCssClass("visually-hidden");
        prefix.InnerHtml.Append(text[UiText.ErrorPrefix]);
        element.InnerHtml.AppendHtml(prefix).Append(message);
        return element;
    }

    /// <summary><c>aria-invalid</c> for the input of <paramref name="field"/>: "true" or nothing at all.</summary>
    public string? Invalid(string field) => Has(field) ? "true" : null;

    /// <summary><c>aria-describedby</c>: the hint (if any) and, after a failed submission, the error message.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new List<string>(2);
        if (hintId is not null) ids.Add(hintId);
        if (Has(field)) ids.Add(ErrorId(field));
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
