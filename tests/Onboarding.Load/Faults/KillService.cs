using System.Diagnostics;
using System.Globalization;
using Onboarding.Load.Metrics;

namespace Onboarding.Load.Faults;

/// <summary>
/// One service killed with SIGKILL (its process found by command line among the AppHost's, as the process figures
/// find it; not the <c>dotnet run</c> launcher above it), then started again as an operator would: the AppHost's
/// resource service is asked for <c>resource-start</c> (the dashboard's Start button; Aspire does not restart an
/// executable that died on its own), and <c>resource-restart</c> if start is refused. The fault ends when the
/// service's new process is up. With replicas, one replica is killed (the oldest process) and that replica is started
/// again, by the name Aspire gives it (<see cref="ProcessSampler.InstanceOf"/>); the others keep serving.
/// </summary>
public sealed class KillService(string resource, int appHostPid, Uri resourceService) : IFault
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BackTimeout = TimeSpan.FromMinutes(3);

    private int _killed;
    private string? _instance;

    /// <summary>The process group (<see cref="ProcessSampler.GroupOf"/>) of the resource's service.</summary>
    private string Group => FaultOptions.Services[resource]["Onboarding.".Length..].ToLowerInvariant();

    public async Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var processes = ServiceProcesses();
        var victim = processes.OrderBy(p => p.Pid).FirstOrDefault()
            ?? throw new InvalidOperationException($"No process of {resource} under the AppHost (pid {appHostPid}).");
        (_killed, _instance) = (victim.Pid, ProcessSampler.InstanceOf(victim.Pid));
        await Commands.RunAsync("kill", ["-KILL", victim.Pid.ToString(CultureInfo.InvariantCulture)], null, cancellationToken);
        timeline.Note($"{_instance ?? resource} (pid {victim.Pid}, one of {processes.Count} replica(s)) killed with SIGKILL");
    }

    public async Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        // Aspire must have seen the exit (the launcher above the service exits with it) before Start is offered.
        while (ServiceProcesses().Any(p => p.Pid == _killed) && waited.Elapsed < ExitTimeout) await Task.Delay(200, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);

        using var client = new ResourceServiceClient(resourceService);
        var restarted = false;
        // The replica's own name first; the application model's name is accepted too while there is one replica.
        var attempts = from command in new[] { ResourceServiceClient.StartCommand, ResourceServiceClient.RestartCommand }
                       from name in new[] { _instance, resource }.OfType<string>().Distinct()
                       select (command, name);
        foreach (var (command, name) in attempts)
        {
            try
            {
                var result = await client.ExecuteAsync(name, "Project", command, cancellationToken);
                timeline.Note($"resource service {command} {name}: {(result.Succeeded ? "succeeded" : $"kind {result.Kind}")} {result.Message}".TrimEnd());
                if (result.Succeeded)
                {
                    restarted = true;
                    break;
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException)
            {
                timeline.Note($"resource service {command} {name} failed: {exception.Message}");
            }
        }
        if (!restarted)
        {
            timeline.Note($"{resource} NOT restarted: the journeys that need it fail for good from here on");
            return;
        }

        while (Replacement() is null)
        {
            if (waited.Elapsed > BackTimeout)
            {
                timeline.Note($"{resource} did not come back within {BackTimeout.TotalMinutes:0} minutes");
                return;
            }
            await Task.Delay(500, cancellationToken);
        }
        timeline.Note($"{_instance ?? resource} running again (pid {Replacement()}) {waited.Elapsed.TotalSeconds:0.0} s after the kill");
    }

    private List<ProcSample> ServiceProcesses() =>
        [.. ProcessSampler.SystemProcesses(appHostPid).Where(p => ProcessSampler.GroupOf(p.CommandLine) == Group)];

    /// <summary>The killed replica's new process: the same resource name (or, unnamed, any new process of the service).</summary>
    private int? Replacement() =>
        ServiceProcesses().FirstOrDefault(p => p.Pid != _killed && (_instance is null || ProcessSampler.InstanceOf(p.Pid) == _instance))?.Pid;
}
