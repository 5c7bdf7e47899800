using System.Text;

namespace Onboarding.Testing.Contracts;

/// <summary>A unified line diff (3 lines of context) for test failure messages: small enough to read in a CI log.</summary>
public static class TextDiff
{
    private const int Context = 3;
    private const int MaxLines = 120;

    public static string Unified(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var edits = Edits(before, after);
        var output = new StringBuilder();
        var printed = 0;
        for (var i = 0; i < edits.Count && printed < MaxLines; i++)
        {
            if (edits[i].Kind == ' ' && !NearChange(edits, i)) continue;
            if (i > 0 && edits[i - 1].Kind == ' ' && !NearChange(edits, i - 1)) output.AppendLine("@@ …");
            output.Append(edits[i].Kind).Append(' ').AppendLine(edits[i].Line);
            printed++;
        }
        if (printed >= MaxLines) output.AppendLine("… (diff cut; run the update to see all of it)");
        return output.ToString().TrimEnd();
    }

    private static bool NearChange(List<(char Kind, string Line)> edits, int index)
    {
        for (var j = Math.Max(0, index - Context); j <= Math.Min(edits.Count - 1, index + Context); j++)
        {
            if (edits[j].Kind != ' ') return true;
        }
        return false;
    }

    /// <summary>Longest common subsequence over the lines between the common head and tail.</summary>
    private static List<(char Kind, string Line)> Edits(string[] before, string[] after)
    {
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head]) head++;
        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head
               && before[^(tail + 1)] == after[^(tail + 1)]) tail++;

        var a = before[head..^tail];
        var b = after[head..^tail];
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var edits = before[..head].Select(line => (' ', line)).ToList();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { edits.Add((' ', a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y])) edits.Add(('+', b[y++]));
            else edits.Add(('-', a[x++]));
        }
        edits.AddRange(before[^tail..].Select(line => (' ', line)));
        return edits;
    }
}
