using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Onboarding.Load.Journeys;

/// <summary>
/// A POST form of a gateway page, read with AngleSharp as a browser would submit it: its action and its named inputs
/// (the antiforgery token among them). The language switch on every page is never the form a journey means.
/// </summary>
public sealed class PageForm
{
    private static readonly HtmlParser Parser = new();

    private PageForm(string? action, Dictionary<string, string> fields)
    {
        Action = action;
        Fields = fields;
    }

    /// <summary>The form's action as written (relative), or null to post back to the page.</summary>
    public string? Action { get; }

    public Dictionary<string, string> Fields { get; }

    /// <summary>
    /// The first POST form whose action contains <paramref name="actionContains"/>; when null, the page's main form:
    /// not the language switch, not a resend or cancel button's form. Null when there is none.
    /// </summary>
    public static PageForm? Find(string html, string? actionContains = null)
    {
        using var document = Parser.ParseDocument(html);
        var form = document.Forms.FirstOrDefault(f =>
            string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
            && !f.ClassList.Contains("language-switch")
            && (actionContains is null
                ? !IsSecondaryAction(f.GetAttribute("action"))
                : (f.GetAttribute("action") ?? "").Contains(actionContains, StringComparison.OrdinalIgnoreCase)));
        if (form is null) return null;

        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || input.Type is "submit" or "button" or "image") continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            fields[input.Name] = input.Value;
        }
        return new PageForm(form.GetAttribute("action"), fields);
    }

    /// <summary>The first entry of the page's error summary (a form sent back with errors), or null.</summary>
    public static string? FirstError(string html)
    {
        using var document = Parser.ParseDocument(html);
        return document.QuerySelector(".error-summary__list li")?.TextContent.Trim();
    }

    private static bool IsSecondaryAction(string? action) =>
        action is not null && (action.EndsWith("/resend", StringComparison.OrdinalIgnoreCase) || action.EndsWith("/cancel", StringComparison.OrdinalIgnoreCase));

    /// <summary>The <c>href</c> of the element with id <paramref name="id"/>, or null.</summary>
    public static string? HrefOf(string html, string id)
    {
        using var document = Parser.ParseDocument(html);
        return document.GetElementById(id)?.GetAttribute("href");
    }

    /// <summary>Whether the page has an element with id <paramref name="id"/>.</summary>
    public static bool HasElement(string html, string id)
    {
        using var document = Parser.ParseDocument(html);
        return document.GetElementById(id) is not null;
    }

    public PageForm With(IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var (name, value) in values) Fields[name] = value;
        return this;
    }
}
