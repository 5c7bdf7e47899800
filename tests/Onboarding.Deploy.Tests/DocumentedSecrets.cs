using System.Text.RegularExpressions;

namespace Onboarding.Deploy.Tests;

/// <summary>
/// The Secrets deploy/README.md documents: its table under "## Secrets", one row per Secret, its name and keys in
/// backticks (<c>| `name` | `key`, `key` | …</c>). A manifest may reference only these: they are never stored in the
/// repository, so the README is where an operator learns to create them.
/// </summary>
internal static partial class DocumentedSecrets
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Read()
    {
        var text = File.ReadAllText(Path.Combine(Tools.Deploy, "README.md"));
        var start = text.IndexOf("\n## Secrets", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException("deploy/README.md has no \"## Secrets\" section.");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        var secrets = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var name = Backticked().Match(cells[1]).Groups[1].Value;
            secrets[name] = Backticked().Matches(cells[2]).Select(m => m.Groups[1].Value).ToHashSet();
        }
        return secrets;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
