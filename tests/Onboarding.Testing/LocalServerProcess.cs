using System.Diagnostics;
using Onboarding.LocalServers;

namespace Onboarding.Testing;

/// <summary>One server process started from a <see cref="ServerCommand"/>; stopped with its stop signal on dispose.</summary>
internal sealed class LocalServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _stopSignal;
    private readonly List<string> _output = [];

    private LocalServerProcess(Process process, string stopSignal)
    {
        _process = process;
        _stopSignal = stopSignal;
    }

    /// <summary>
    /// Starts the server, and a watchdog that stops it (and deletes <paramref name="directory"/>) once this test
    /// process is gone, even if it crashed or was killed before it could stop its servers itself.
    /// </summary>
    public static LocalServerProcess Start(ServerCommand command, string directory)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in command.Environment) start.Environment[name] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new LocalServerProcess(process, command.StopSignal);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        StartWatchdog(process.Id, command.StopSignal, directory);
        return server;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server printed, to explain a failed start.</summary>
    public string RecentOutput
    {
        get { lock (_output) return string.Join(Environment.NewLine, _output.TakeLast(30)); }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private static void StartWatchdog(int serverPid, string stopSignal, string directory)
    {
        var script =
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
            $"kill -{stopSignal} {serverPid} 2>/dev/null; " +
            $"while kill -0 {serverPid} 2>/dev/null; do sleep 0.5; done; " +
            $"rm -rf '{directory}'";
        using var watchdog = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { UseShellExecute = false });
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", [$"-{_stopSignal}", _process.Id.ToString()])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
