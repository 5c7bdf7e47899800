using System.Diagnostics;
using System.Text;

namespace Onboarding.Setup.Tests;

/// <summary>What one run of scripts/prerequisites.sh printed (stdout and stderr, in order) and how it ended.</summary>
internal sealed record ScriptRun(int ExitCode, string Output)
{
    /// <summary>The packages of the plan's "packages: ..." line; null when the script printed no plan.</summary>
    public IReadOnlyList<string>? PlannedPackages =>
        Output.Split('\n').Where(line => line.StartsWith("packages: ", StringComparison.Ordinal))
            .Select(line => line["packages: ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault();

    public override string ToString() => $"exit code {ExitCode}, output:\n{Output}";
}

/// <summary>Runs scripts/prerequisites.sh --plan: the package decision as on a fresh machine, nothing installed.</summary>
internal static class PrerequisitesScript
{
    // apt-get update fetches Debian's lists (tens of MB); a hung mirror must fail the test, not hang CI.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<ScriptRun> PlanAsync(IReadOnlyList<string> aptOptions)
    {
        RequireDebianAndRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "prerequisites.sh"), "--plan"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["PREREQUISITES_APT_OPTIONS"] = string.Join(' ', aptOptions);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/prerequisites.sh --plan did not end within {Limit}; output:\n{output}");
        }
        process.WaitForExit(); // the last lines of output
        lock (output) return new ScriptRun(process.ExitCode, output.ToString());
    }

    /// <summary>
    /// The script runs apt-get update, which needs root (or sudo without a password), on Debian/Ubuntu: CI's machine is
    /// Debian and runs as root. Elsewhere these tests fail with the reason rather than skip: a skipped check is unseen.
    /// </summary>
    private static void RequireDebianAndRoot()
    {
        Assert.True(File.Exists("/usr/bin/apt-get"),
            "These tests check the Debian/Ubuntu set-up (scripts/prerequisites.sh) and need apt-get, as CI's Debian machine has.");
        Assert.True(Environment.IsPrivilegedProcess || CanSudoWithoutPassword(),
            "scripts/prerequisites.sh --plan runs apt-get update: run the tests as root (as CI does) or with password-less sudo.");
    }

    private static bool CanSudoWithoutPassword()
    {
        try
        {
            using var sudo = Process.Start(new ProcessStartInfo("sudo", ["-n", "true"]) { UseShellExecute = false, RedirectStandardError = true })!;
            sudo.WaitForExit();
            return sudo.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no sudo at all
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "scripts", "prerequisites.sh"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No scripts/prerequisites.sh above {AppContext.BaseDirectory}.");
    }
}
