using System.Diagnostics;
using System.Globalization;
using Onboarding.Load.Metrics;

namespace Onboarding.Load.Faults;

/// <summary>
/// One service killed with SIGKILL (its process found by command line among the AppHost's, as the process figures
/// find it; not the <c>dotnet run</c> launcher above it), then started again as an operator would: the AppHost's
/// resource service is asked for <c>resource-start</c> (the dashboard's Start button; Aspire does not restart an
/// executable that died on its own), and <c>resource-restart</c> if start is refused. The fault ends when the
/// service's new process is up.
/// </summary>
public sealed class KillService(string resource, int appHostPid, Uri resourceService) : IFault
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BackTimeout = TimeSpan.FromMinutes(3);

    private int _killed;

    /// <summary>The process group (<see cref="ProcessSampler.GroupOf"/>) of the resource's service.</summary>
    private string Group => FaultOptions.Services[resource]["Onboarding.".Length..].ToLowerInvariant();

    public async Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var victim = ServiceProcess()
            ?? throw new InvalidOperationException($"No process of {resource} under the AppHost (pid {appHostPid}).");
        _killed = victim;
        await Commands.RunAsync("kill", ["-KILL", victim.ToString(CultureInfo.InvariantCulture)], null, cancellationToken);
        timeline.Note($"{resource} (pid {victim}) killed with SIGKILL");
    }

    public async Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        // Aspire must have seen the exit (the launcher above the service exits with it) before Start is offered.
        while (ServiceProcess() == _killed && waited.Elapsed < ExitTimeout) await Task.Delay(200, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);

        using var client = new ResourceServiceClient(resourceService);
        var restarted = false;
        foreach (var command in new[] { ResourceServiceClient.StartCommand, ResourceServiceClient.RestartCommand })
        {
            try
            {
                var result = await client.ExecuteAsync(resource, "Project", command, cancellationToken);
                timeline.Note($"resource service {command} {resource}: {(result.Succeeded ? "succeeded" : $"kind {result.Kind}")} {result.Message}".TrimEnd());
                if (result.Succeeded)
                {
                    restarted = true;
                    break;
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException)
            {
                timeline.Note($"resource service {command} {resource} failed: {exception.Message}");
            }
        }
        if (!restarted)
        {
            timeline.Note($"{resource} NOT restarted: the journeys that need it fail for good from here on");
            return;
        }

        while (ServiceProcess() is not { } pid || pid == _killed)
        {
            if (waited.Elapsed > BackTimeout)
            {
                timeline.Note($"{resource} did not come back within {BackTimeout.TotalMinutes:0} minutes");
                return;
            }
            await Task.Delay(500, cancellationToken);
        }
        timeline.Note($"{resource} running again (pid {ServiceProcess()}) {waited.Elapsed.TotalSeconds:0.0} s after the kill");
    }

    private int? ServiceProcess() =>
        ProcessSampler.SystemProcesses(appHostPid).FirstOrDefault(p => ProcessSampler.GroupOf(p.CommandLine) == Group)?.Pid;
}
