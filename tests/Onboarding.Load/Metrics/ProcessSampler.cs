using System.Globalization;

namespace Onboarding.Load.Metrics;

/// <summary>One process as /proc shows it: parent, command line, CPU ticks (own and reaped children's) and resident memory.</summary>
public sealed record ProcSample(int Pid, int ParentPid, string CommandLine, long CpuTicks, long RssBytes);

/// <summary>
/// CPU and RSS per part of the system, from /proc: every process under the AppHost the generator started (the
/// services run as separate processes, found by command line), grouped by <see cref="GroupOf"/>. CPU counts each
/// process's own and its reaped children's ticks (so PostgreSQL's short-lived backends are not lost); a group's CPU is
/// the change of that sum between the first and the last sample, over the wall time between them. With
/// <paramref name="perReplica"/> each service process is its own group, named as Aspire names the replica
/// (<see cref="InstanceOf"/>), so that two replicas' figures are not summed.
/// </summary>
public sealed class ProcessSampler(int? rootPid, bool perReplica = false)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private Dictionary<string, long>? _firstTicks;
    private Dictionary<string, long> _lastTicks = [];
    private DateTimeOffset _firstAt;
    private DateTimeOffset _lastAt;
    private readonly Dictionary<string, long> _peakRss = [];
    private readonly Dictionary<string, long> _lastRss = [];
    private readonly Dictionary<int, string?> _instances = [];

    private static readonly string[] Services =
        ["Onboarding.Gateway", "Onboarding.Membership", "Onboarding.IdentityPortal", "Onboarding.Notification", "Onboarding.WalletLink", "Onboarding.WalletSandbox"];

    /// <summary>The part of the system a command line belongs to, or null for processes the report leaves out.</summary>
    public static string? GroupOf(string commandLine)
    {
        // Aspire starts each project through `dotnet run --no-build`, which stays as its parent: not the service itself.
        if (commandLine.StartsWith("dotnet run ", StringComparison.Ordinal)) return "dotnet run launchers";
        foreach (var service in Services)
        {
            if (commandLine.Contains(service, StringComparison.Ordinal))
            {
                return commandLine.Contains(" migrate", StringComparison.Ordinal) ? null : service["Onboarding.".Length..].ToLowerInvariant();
            }
        }
        if (commandLine.Contains("Onboarding.AppHost", StringComparison.Ordinal)) return "apphost";
        var program = Path.GetFileName(commandLine.Split(' ', 2)[0]).TrimEnd(':');
        return program switch
        {
            "postgres" => "postgresql",
            "beam.smp" or "erl_child_setup" or "epmd" or "inet_gethost" => "rabbitmq",
            "dcp" or "dcpctrl" or "dcpproc" => "aspire dcp",
            _ when commandLine.Contains("Onboarding.Load", StringComparison.Ordinal) => "load generator",
            _ => null,
        };
    }

    public void Sample()
    {
        var all = ReadAll();
        var included = rootPid is { } root ? Descendants(all, RootsOf(all, root)) : all;
        var self = Environment.ProcessId;
        var ticks = new Dictionary<string, long>();
        var rss = new Dictionary<string, long>();
        foreach (var process in included.Append(all.FirstOrDefault(p => p.Pid == self)).OfType<ProcSample>().DistinctBy(p => p.Pid))
        {
            var group = process.Pid == self ? "load generator" : GroupOf(process.CommandLine);
            if (group is null) continue;
            if (perReplica && IsService(group)) group = ReplicaOf(process.Pid) ?? group;
            ticks[group] = ticks.GetValueOrDefault(group) + process.CpuTicks;
            rss[group] = rss.GetValueOrDefault(group) + process.RssBytes;
        }

        var now = DateTimeOffset.UtcNow;
        if (_firstTicks is null)
        {
            _firstTicks = ticks;
            _firstAt = now;
        }
        _lastTicks = ticks;
        _lastAt = now;
        foreach (var (group, bytes) in rss)
        {
            _lastRss[group] = bytes;
            _peakRss[group] = Math.Max(_peakRss.GetValueOrDefault(group), bytes);
        }
    }

    /// <summary>RSS per group at the last sample.</summary>
    public IReadOnlyDictionary<string, long> CurrentRss => new Dictionary<string, long>(_lastRss);

    /// <summary>Per group: CPU in cores (1.0 = one core busy) over the sampled time, and RSS at the end and at its peak.</summary>
    public IReadOnlyList<ProcessFigures> Figures()
    {
        var seconds = (_lastAt - _firstAt).TotalSeconds;
        return [.. _lastRss.Keys.Order(StringComparer.Ordinal).Select(group => new ProcessFigures(
            group,
            seconds > 0 ? Math.Max(0, _lastTicks.GetValueOrDefault(group) - (_firstTicks?.GetValueOrDefault(group) ?? 0)) / TicksPerSecond / seconds : 0,
            _lastRss[group],
            _peakRss[group]))];
    }

    private static bool IsService(string group) =>
        Services.Any(service => string.Equals(service["Onboarding.".Length..], group, StringComparison.OrdinalIgnoreCase));

    private string? ReplicaOf(int pid)
    {
        if (!_instances.TryGetValue(pid, out var instance)) _instances[pid] = instance = InstanceOf(pid);
        return instance;
    }

    /// <summary>
    /// The name Aspire gives the process's resource (<c>membership-tfwpguhv</c>: what its dashboard lists and its
    /// resource service's commands take), read from the environment Aspire started it with: <c>OTEL_SERVICE_NAME</c>
    /// and the <c>service.instance.id</c> of <c>OTEL_RESOURCE_ATTRIBUTES</c>. Null if the process is gone or not Aspire's.
    /// </summary>
    public static string? InstanceOf(int pid)
    {
        try
        {
            return InstanceFrom(File.ReadAllText($"/proc/{pid}/environ").Split('\0'));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static string? InstanceFrom(IEnumerable<string> environment)
    {
        string? service = null, instance = null;
        foreach (var variable in environment)
        {
            if (variable.StartsWith("OTEL_SERVICE_NAME=", StringComparison.Ordinal)) service = variable["OTEL_SERVICE_NAME=".Length..];
            if (!variable.StartsWith("OTEL_RESOURCE_ATTRIBUTES=", StringComparison.Ordinal)) continue;
            instance = variable["OTEL_RESOURCE_ATTRIBUTES=".Length..].Split(',')
                .Select(attribute => attribute.Split('=', 2))
                .FirstOrDefault(pair => pair is ["service.instance.id", _])?[1];
        }
        return service is null || string.IsNullOrEmpty(instance) ? null : $"{service}-{instance}";
    }

    /// <summary>Every process of the system under the AppHost <paramref name="appHost"/> (the kill-service fault looks for its victim here).</summary>
    internal static IReadOnlyList<ProcSample> SystemProcesses(int appHost)
    {
        var all = ReadAll();
        return Descendants(all, RootsOf(all, appHost));
    }

    private static List<ProcSample> ReadAll()
    {
        var samples = new List<ProcSample>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            try
            {
                samples.Add(Parse(pid, File.ReadAllText($"{directory}/stat"), File.ReadAllText($"{directory}/cmdline").Replace('\0', ' ').Trim()));
            }
            catch (IOException)
            {
                // Exited while being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return samples;
    }

    /// <summary>Reads /proc/[pid]/stat: fields after the command name (which may hold spaces) are space-separated.</summary>
    internal static ProcSample Parse(int pid, string stat, string commandLine)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is state (field 3); ppid is field 4; utime..cstime 14..17; rss (pages) 24.
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        var ticks = Field(14) + Field(15) + Field(16) + Field(17);
        return new ProcSample(pid, (int)Field(4), commandLine, ticks, Field(24) * Environment.SystemPageSize);
    }

    /// <summary>
    /// The AppHost and Aspire's orchestrator (DCP), which is not the AppHost's child: it detaches and watches the
    /// AppHost by pid (<c>dcp start-apiserver --monitor PID</c>); the services, PostgreSQL and RabbitMQ run under it.
    /// </summary>
    internal static IEnumerable<int> RootsOf(IEnumerable<ProcSample> all, int appHost) =>
        all.Where(p => p.Pid == appHost || p.CommandLine.Contains($"--monitor {appHost} ", StringComparison.Ordinal)
                       || p.CommandLine.EndsWith($"--monitor {appHost}", StringComparison.Ordinal))
            .Select(p => p.Pid);

    private static List<ProcSample> Descendants(List<ProcSample> all, IEnumerable<int> roots)
    {
        var children = all.ToLookup(p => p.ParentPid);
        var result = new List<ProcSample>();
        var pending = new Stack<int>(roots);
        var byPid = all.ToDictionary(p => p.Pid);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (byPid.TryGetValue(pid, out var process)) result.Add(process);
            foreach (var child in children[pid]) pending.Push(child.Pid);
        }
        return result;
    }
}

public sealed record ProcessFigures(string Group, double Cores, long RssBytes, long PeakRssBytes);
