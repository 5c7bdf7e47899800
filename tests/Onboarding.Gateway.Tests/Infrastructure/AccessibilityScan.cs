using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// axe-core (from the npm registry, bundled in Deque.AxeCore.Playwright) injected into the page as it stands. Serious
/// and critical violations fail the test; minor and moderate ones are printed, to be looked at, not to block.
/// </summary>
public static class AccessibilityScan
{
    private static readonly string[] Blocking = ["serious", "critical"];
    private static readonly object ReportGate = new();

    /// <summary>Every scan's non-blocking findings, one line per page and rule: <c>TestResults/accessibility.txt</c>.</summary>
    public static string ReportPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "accessibility.txt");

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();

        var blocking = result.Violations.Where(violation => Blocking.Contains(violation.Impact)).ToList();
        var lines = result.Violations.Except(blocking).Select(violation => $"axe [{name}] {violation.Impact}: {Describe(violation)}").ToList();
        lines.Add($"axe [{name}] {result.Passes.Length} rules passed, {result.Violations.Length} violated, {result.Incomplete.Length} to check by hand");
        // Printed (xUnit shows it with detailed logging) and kept in a file to read after a run.
        lines.ForEach(Console.WriteLine);
        lock (ReportGate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ReportPath)!);
            File.AppendAllLines(ReportPath, lines);
        }
        Assert.True(blocking.Count == 0, $"axe found serious or critical violations on {name} ({page.Url}):\n" + string.Join("\n", blocking.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} — {violation.Help} ({violation.HelpUrl})\n" +
        string.Join("\n", violation.Nodes.Select(node => $"    {node.Target}: {node.Html}"));
}
