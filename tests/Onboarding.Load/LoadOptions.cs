using System.Globalization;
using Onboarding.Load.Arrivals;

namespace Onboarding.Load;

/// <summary>
/// The command line: <c>--rate N</c> (open model, journeys started per second) or <c>--in-flight N</c> (closed model,
/// members in flight); <c>--duration S</c> and <c>--warmup S</c> in seconds; <c>--members N</c> (roster size; by default
/// enough for the run); <c>--code-timeout S</c>. By default the generator starts the AppHost itself (Release build,
/// load profile); with <c>--gateway URL</c> it drives a system already started, given <c>--membership URL</c>,
/// <c>--operator-key K</c>, <c>--smtp-port P</c>, <c>--phone-port P</c> and optionally <c>--postgres "connection string"</c>.
/// After the journeys the ceilings run against the same PostgreSQL (<c>--no-ceilings</c> skips them; they need the
/// PostgreSQL connection). Each member comes from an address of its own unless <c>--shared-address</c>.
/// </summary>
public sealed record LoadOptions
{
    public ArrivalModel Arrivals { get; init; } = new ArrivalModel.Open(2);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);
    public int? Members { get; init; }
    public TimeSpan CodeTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public Uri? Gateway { get; init; }
    public Uri? Membership { get; init; }
    public string? OperatorKey { get; init; }
    public int? SmtpPort { get; init; }
    public int? PhonePort { get; init; }
    public string? Postgres { get; init; }
    public bool Ceilings { get; init; } = true;

    /// <summary>Every member behind the generator's one address (a carrier-grade NAT) instead of one each.</summary>
    public bool SharedAddress { get; init; }

    public bool StartsAppHost => Gateway is null;

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
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--rate" => options with { Arrivals = new ArrivalModel.Open(Positive(Number(), "--rate")) },
                "--in-flight" => options with { Arrivals = new ArrivalModel.Closed((int)Positive(Number(), "--in-flight")) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(Number(), "--duration")) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(Number()) },
                "--members" => options with { Members = (int)Positive(Number(), "--members") },
                "--code-timeout" => options with { CodeTimeout = TimeSpan.FromSeconds(Positive(Number(), "--code-timeout")) },
                "--gateway" => options with { Gateway = new Uri(Value()) },
                "--membership" => options with { Membership = new Uri(Value()) },
                "--operator-key" => options with { OperatorKey = Value() },
                "--smtp-port" => options with { SmtpPort = (int)Number() },
                "--phone-port" => options with { PhonePort = (int)Number() },
                "--postgres" => options with { Postgres = Value() },
                "--no-ceilings" => options with { Ceilings = false },
                "--shared-address" => options with { SharedAddress = true },
                var unknown => throw new ArgumentException($"Unknown option {unknown}. See tests/Onboarding.Load/LoadOptions.cs or docs/benchmarks.md."),
            };
        }
        if (!options.StartsAppHost && (options.Membership is null || options.OperatorKey is null || options.SmtpPort is null || options.PhonePort is null))
        {
            throw new ArgumentException("With --gateway, also give --membership, --operator-key, --smtp-port and --phone-port.");
        }
        return options;
    }

    private static double Positive(double value, string name) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be positive.");
}
