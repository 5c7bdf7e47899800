using System.Diagnostics;
using System.Text;

namespace Onboarding.Deploy.Tests;

/// <summary>The repository's folders, and the external programs the tests run (kubectl, node, the AppHost).</summary>
internal static class Tools
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Deploy => Path.Combine(RepositoryRoot, "deploy");

    /// <summary>Runs a program to its end; a missing tool fails with what installs it, never skips.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? input = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
        };
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' cannot be started ({e.Message}): run scripts/prerequisites.sh.", e);
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not end within {Limit}.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Onboarding.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Onboarding.sln not found above the test assembly.");
    }
}
