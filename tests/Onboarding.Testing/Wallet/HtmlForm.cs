using Xunit;
using System.Net;
using System.Text.RegularExpressions;

namespace Onboarding.Testing.Wallet;

/// <summary>
/// The first POST form of a page, read as a browser would submit it: its action and its named inputs (hidden
/// fields such as the antiforgery token included). Plain regular expressions: the pages it reads (the provider sandbox's) have simple markup.
/// </summary>
public sealed partial class HtmlForm
{
    private HtmlForm(string? action, Dictionary<string, string> fields)
    {
        Action = action;
        Fields = fields;
    }

    /// <summary>The form's action, or null when it posts back to the page's own URL.</summary>
    public string? Action { get; }

    public Dictionary<string, string> Fields { get; }

    public static HtmlForm Parse(string html)
    {
        var form = FormPattern().Match(html);
        Assert.True(form.Success, "The page has no POST form:\n" + html);
        var action = Attribute(form.Groups["open"].Value, "action");
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(form.Groups["body"].Value))
        {
            if (Attribute(input.Value, "name") is not { } name) continue;
            fields[name] = Attribute(input.Value, "value") ?? "";
        }
        return new HtmlForm(action, fields);
    }

    public HtmlForm With(string name, string value)
    {
        Fields[name] = value;
        return this;
    }

    public FormUrlEncodedContent ToContent() => new(Fields);

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"""\s{name}="(?<value>[^"]*)" """.TrimEnd());
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : null;
    }

    [GeneratedRegex("""(?<open><form[^>]*method="post"[^>]*>)(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();
}
