using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Onboarding.OperatorConsole.Localization;

namespace Onboarding.OperatorConsole.Forms;

/// <summary>
/// A form's errors after a failed submission: each next to its input (whose id is the field name), and all of them in
/// the summary at the top, each linking to its input; a message with no field is shown in the summary only.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<(string? Field, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IEnumerable<(string? Field, string Message)> Summary => _errors;

    public void Add(string? field, string message) => _errors.Add((field, message));

    public string? For(string field) => _errors.FirstOrDefault(error => error.Field == field).Message;

    public static string ErrorId(string field) => field + "-error";

    /// <summary><c>aria-describedby</c>: the hint (if any) and the field's error (if any).</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { hintId, For(field) is null ? null : ErrorId(field) }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    /// <summary>The field's message, shown above its input (with a hidden "Error:" for screen readers), or nothing.</summary>
    public IHtmlContent Message(string field, ConsoleLanguage text)
    {
        if (For(field) is not { } message) return HtmlString.Empty;
        var element = new TagBuilder("p");
        element.Attributes["id"] = ErrorId(field);
        element.AddCssClass("field__error");
        var prefix = new TagBuilder("span");
        prefix.AddCssClass("visually-hidden");
        prefix.InnerHtml.Append(text[ConsoleText.ErrorPrefix]);
        element.InnerHtml.AppendHtml(prefix).Append(message);
        return element;
    }

    public string? Invalid(string field) => For(field) is null ? null : "true";
}
