using System.Globalization;
using Onboarding.Load.Arrivals;
using Onboarding.Load.Faults;
using Onboarding.Load.Journeys;

namespace Onboarding.Load;

/// <summary>
/// The command line: <c>--rate N</c> (open model, journeys started per second) or <c>--in-flight N</c> (closed model,
/// members in flight); <c>--duration S</c> and <c>--warmup S</c> in seconds; <c>--members N</c> (roster size; by default
/// enough for the run); <c>--code-timeout S</c>. By default the generator starts the AppHost itself (Release build,
/// load profile); with <c>--gateway URL</c> it drives a system already started, given <c>--membership URL</c>,
/// <c>--operator-key K</c>, <c>--smtp-port P</c>, <c>--phone-port P</c> and optionally <c>--postgres "connection string"</c>.
/// After the journeys the ceilings run against the same PostgreSQL (<c>--no-ceilings</c> skips them; they need the
/// PostgreSQL connection). Each member comes from an address of its own unless <c>--shared-address</c>.
/// <c>--fault NAME</c> with <c>--fault-at S</c> and <c>--fault-for S</c> runs a fault scenario (<see cref="FaultOptions"/>)
/// during the measured window; members then press again after a retryable message (<see cref="Presses"/>) and wait
/// for codes past the outage. <c>--soak</c> runs the system with retention compressed to minutes and reads every
/// table's rows and every process's RSS once a minute (<see cref="Metrics.GrowthSeries"/>). <c>--replicas N</c> starts
/// N processes of every service and the gateway (the AppHost's <c>Onboarding:Replicas</c>); the report then shows each
/// replica's CPU and memory, and <c>kill-service</c> kills one replica.
/// </summary>
public sealed record LoadOptions
{
    public ArrivalModel Arrivals { get; init; } = new ArrivalModel.Open(2);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);
    public int? Members { get; init; }
    public TimeSpan CodeTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Set by <c>--code-timeout</c>: a fault run then keeps it instead of waiting past the outage.</summary>
    public bool CodeTimeoutGiven { get; init; }

    public FaultOptions? Fault { get; init; }
    public Uri? Gateway { get; init; }
    public Uri? Membership { get; init; }
    public string? OperatorKey { get; init; }
    public int? SmtpPort { get; init; }
    public int? PhonePort { get; init; }
    public string? Postgres { get; init; }
    public bool Ceilings { get; init; } = true;

    /// <summary>Processes of every service, the gateway and the console (1 to <see cref="MostReplicas"/>).</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>The AppHost's own limit (AppHost/Replicas.cs).</summary>
    public const int MostReplicas = 8;

    /// <summary>The soak: retention passes every minute keeping rows two minutes, and the growth figures read.</summary>
    public bool Soak { get; init; }

    /// <summary>Every member behind the generator's one address (a carrier-grade NAT) instead of one each.</summary>
    public bool SharedAddress { get; init; }

    public bool StartsAppHost => Gateway is null;

    /// <summary>
    /// How a member answers a retryable message ("ただいまサービスに接続できません…", a 502/503/504, no answer): not at
    /// all in a plain run (an error is an error there), and in a fault run by pressing again every 5 s for up to 4
    /// minutes, longer than any outage the scenarios hold.
    /// </summary>
    public RetryPresses Presses => Fault is null ? RetryPresses.None : new RetryPresses(48, TimeSpan.FromSeconds(5));

    /// <summary>How long a journey waits for a code: in a fault run past the outage and two minutes more, so that a
    /// code that comes late is counted as late, and only one that never comes as lost.</summary>
    public TimeSpan EffectiveCodeTimeout =>
        Fault is { } fault && !CodeTimeoutGiven ? Max(CodeTimeout, fault.Duration + TimeSpan.FromMinutes(2)) : CodeTimeout;

    /// <summary>How long the run waits for journeys still in flight after the last one started.</summary>
    public TimeSpan Drain => Fault is null ? TimeSpan.FromSeconds(60) : Max(TimeSpan.FromSeconds(60), EffectiveCodeTimeout + TimeSpan.FromSeconds(60));

    /// <summary>Members the roster needs: every journey that can start in the run, with room to spare.</summary>
    public int RosterSize => Members ?? Arrivals switch
    {
        ArrivalModel.Open open => (int)Math.Ceiling(open.JourneysPerSecond * (WarmUp + Duration).TotalSeconds * 1.2) + 10,
        // A closed run's rate is whatever the system manages; 30 journeys/s per member in flight is far above it.
        ArrivalModel.Closed closed => (int)Math.Ceiling(closed.MembersInFlight * (WarmUp + Duration).TotalSeconds * 0.5) + 50,
        _ => 1000,
    };

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        TimeSpan? faultAt = null, faultFor = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Value(), CultureInfo.InvariantCulture);
            // The fault's time and duration may come before or after --fault; applied to it once all is read.
            if (args[i] == "--fault-at")
            {
                faultAt = FaultOptions.Seconds(Value(), "--fault-at");
                continue;
            }
            if (args[i] == "--fault-for")
            {
                faultFor = FaultOptions.Seconds(Value(), "--fault-for");
                continue;
            }
            options = args[i] switch
            {
                "--rate" => options with { Arrivals = new ArrivalModel.Open(Positive(Number(), "--rate")) },
                "--in-flight" => options with { Arrivals = new ArrivalModel.Closed((int)Positive(Number(), "--in-flight")) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(Number(), "--duration")) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(Number()) },
                "--members" => options with { Members = (int)Positive(Number(), "--members") },
                "--code-timeout" => options with { CodeTimeout = TimeSpan.FromSeconds(Positive(Number(), "--code-timeout")), CodeTimeoutGiven = true },
                "--fault" => options with { Fault = FaultOptions.Named(Value()) },
                "--gateway" => options with { Gateway = new Uri(Value()) },
                "--membership" => options with { Membership = new Uri(Value()) },
                "--operator-key" => options with { OperatorKey = Value() },
                "--smtp-port" => options with { SmtpPort = (int)Number() },
                "--phone-port" => options with { PhonePort = (int)Number() },
                "--postgres" => options with { Postgres = Value() },
                "--no-ceilings" => options with { Ceilings = false },
                "--shared-address" => options with { SharedAddress = true },
                "--soak" => options with { Soak = true },
                "--replicas" => options with { Replicas = WholeReplicas(Number()) },
                var unknown => throw new ArgumentException($"Unknown option {unknown}. See tests/Onboarding.Load/LoadOptions.cs or docs/benchmarks.md."),
            };
        }
        if (options.Fault is { } fault)
        {
            options = options with { Fault = fault with { At = faultAt ?? fault.At, Duration = fault.IsHeld ? faultFor ?? fault.Duration : TimeSpan.Zero } };
            if (options.Fault.At >= options.Duration)
            {
                throw new ArgumentException($"--fault-at ({options.Fault.At.TotalSeconds:0} s) must fall inside the measured window (--duration {options.Duration.TotalSeconds:0} s).");
            }
            if (!options.StartsAppHost && options.Fault.Kind != FaultKind.SmtpDown)
            {
                throw new ArgumentException($"--fault {options.Fault.Name} needs the system the generator starts itself (no --gateway).");
            }
        }
        else if (faultAt is not null || faultFor is not null)
        {
            throw new ArgumentException("--fault-at and --fault-for need --fault.");
        }
        if (options.Soak && !options.StartsAppHost)
        {
            throw new ArgumentException("--soak needs the system the generator starts itself (no --gateway): it sets the retention periods.");
        }
        if (options.Replicas > 1 && !options.StartsAppHost)
        {
            throw new ArgumentException("--replicas needs the system the generator starts itself (no --gateway).");
        }
        if (!options.StartsAppHost && (options.Membership is null || options.OperatorKey is null || options.SmtpPort is null || options.PhonePort is null))
        {
            throw new ArgumentException("With --gateway, also give --membership, --operator-key, --smtp-port and --phone-port.");
        }
        return options;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static int WholeReplicas(double value) =>
        value is >= 1 and <= MostReplicas && value == Math.Floor(value)
            ? (int)value
            : throw new ArgumentException($"--replicas must be a whole number from 1 to {MostReplicas}.");

    private static double Positive(double value, string name) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be positive.");
}
