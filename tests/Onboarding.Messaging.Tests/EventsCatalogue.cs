using System.Text.RegularExpressions;
using Onboarding.Testing.Contracts;

namespace Onboarding.Messaging.Tests;

/// <summary>
/// docs/events.md read as data: each table row that starts with a backticked message name, with the backticked
/// field names of its <c>fields</c> column — each optionally followed by a parenthesised note whose backticked
/// words are the values of an enum field (<c>`how` (`RegisteredAddress` / `NewAddress`)</c>).
/// </summary>
public sealed partial class EventsCatalogue
{
    public const string RelativePath = "docs/events.md";

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> Messages { get; }

    private EventsCatalogue(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> messages) =>
        Messages = messages;

    public static EventsCatalogue Load() => Parse(File.ReadAllLines(Path.Combine(RepositoryRoot.Path, RelativePath)));

    public static EventsCatalogue Parse(IEnumerable<string> lines)
    {
        var messages = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>>();
        var fieldsColumn = -1;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (!line.StartsWith('|')) { fieldsColumn = -1; continue; }
            var cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
            if (fieldsColumn < 0) { fieldsColumn = Array.IndexOf(cells, "fields"); continue; }
            if (MessageName().Match(cells[0]) is not { Success: true } name || fieldsColumn >= cells.Length) continue;
            messages[name.Groups[1].Value] = FieldPattern().Matches(cells[fieldsColumn]).ToDictionary(
                field => field.Groups["field"].Value,
                field => (IReadOnlySet<string>)BacktickedWord().Matches(field.Groups["note"].Value).Select(m => m.Groups[1].Value).ToHashSet());
        }
        return new EventsCatalogue(messages);
    }

    [GeneratedRegex(@"^`(\w+)`$")]
    private static partial Regex MessageName();

    [GeneratedRegex(@"`(?<field>\w+)`(\s*\((?<note>[^)]*)\))?")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex BacktickedWord();
}
