using System.Diagnostics;

namespace Onboarding.LocalServers;

/// <summary>
/// PostgreSQL refuses to run as root. When we are root, its programs run as the OS's own
/// <c>postgres</c> user (created by the Debian package) through <c>setpriv</c>, which execs the
/// server in place so that signals reach it directly.
/// </summary>
internal static class ServiceUser
{
    public const string PostgresUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";

    public static (string FileName, IReadOnlyList<string> Arguments) AsUser(string user, string fileName, IReadOnlyList<string> arguments) =>
        IsRoot
            ? ("setpriv", ["--reuid", user, "--regid", user, "--init-groups", "--", fileName, .. arguments])
            : (fileName, arguments);

    /// <summary>Gives a directory (and what it holds) to <paramref name="user"/> when we are root.</summary>
    public static void Own(string path, string user)
    {
        if (!IsRoot) return;
        Run("chown", ["-R", $"{user}:", path]);
    }

    public static void Run(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        }
    }
}
