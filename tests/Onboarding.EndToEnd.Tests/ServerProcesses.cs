using System.Diagnostics;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Finds the processes started from one data directory (PostgreSQL by its <c>-D</c> argument, RabbitMQ/Erlang by the
/// <c>HOME</c> the node runs with), to prove that stopping the system really stopped its servers.
/// </summary>
public static class ServerProcesses
{
    public sealed record ServerProcess(int Pid, string CommandLine);

    public static IReadOnlyList<ServerProcess> Using(string dataDirectory)
    {
        if (string.IsNullOrEmpty(dataDirectory) || !OperatingSystem.IsLinux()) return [];

        var found = new List<ServerProcess>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId) continue;
            var commandLine = Read(Path.Combine(entry, "cmdline"));
            var environment = Read(Path.Combine(entry, "environ"));
            if (commandLine.Contains(dataDirectory, StringComparison.Ordinal) ||
                environment.Contains($"HOME={dataDirectory}", StringComparison.Ordinal))
            {
                found.Add(new ServerProcess(pid, commandLine.Length > 200 ? commandLine[..200] : commandLine));
            }
        }
        return found;
    }

    public static async Task<IReadOnlyList<ServerProcess>> WaitUntilGoneAsync(string dataDirectory, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var survivors = Using(dataDirectory);
            if (survivors.Count == 0 || DateTime.UtcNow > deadline) return survivors;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    public static void Kill(IEnumerable<ServerProcess> processes)
    {
        foreach (var process in processes)
        {
            try
            {
                using var running = Process.GetProcessById(process.Pid);
                running.Kill(entireProcessTree: true);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ').Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
