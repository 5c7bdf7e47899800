using System.Diagnostics;
using System.Globalization;

namespace Onboarding.Load.SystemUnderLoad;

/// <summary>
/// A server process the generator starts (the AppHost, or membership alone for the ceilings): its output to a log
/// file, its health awaited over HTTP, and its stop as an operator's — SIGTERM, so that it stops what it started.
/// </summary>
internal static class ChildProcess
{
    public static Process StartLogged(ProcessStartInfo start, string logPath, string what)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{what} did not start.");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.Exited += (_, _) => { lock (log) log.Dispose(); };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Asks <paramref name="health"/> every <paramref name="interval"/> until it answers 2xx; fails early if the process exits.</summary>
    public static async Task WaitForHealthAsync(
        Process process, string what, Uri health, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{what} exited with {process.ExitCode} before {health} answered (see its log).");
            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
            }
            if (deadline.Elapsed > timeout) throw new TimeoutException($"{health} did not answer within {timeout.TotalSeconds:0} s (see {what}'s log).");
            await Task.Delay(interval, cancellationToken);
        }
    }

    /// <summary>SIGTERM, then up to <paramref name="grace"/> to exit; SIGKILL of its tree only as a last resort.</summary>
    public static async Task StopAsync(Process process, string what, TimeSpan grace)
    {
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var wait = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"{what} did not stop within {grace.TotalSeconds:0} s of SIGTERM; killing it (check `ps` for leftovers).");
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
    }
}
