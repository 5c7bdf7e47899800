using System.Globalization;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// How the ceilings run: <c>--clients N</c> (16, as the STEP 1 figures), <c>--seconds S</c> for pgbench and
/// each lookup API (15), <c>--hash-seconds S</c> for the password hasher (5), and, run alone, <c>--members N</c>
/// (the private roster, 50,000 as in the issue) and <c>--no-bare-endpoint</c>; <c>--address-per-client</c> adds a
/// pgbench run in which every client has its own address (<see cref="LookupTransactionScript.Script"/>);
/// <c>--membership-service</c> also starts membership's Release build on membership's own schema and drives its lookup
/// API (<see cref="MembershipServiceProcess"/>), so the service's rate needs no whole-journey run.
/// </summary>
public sealed record CeilingOptions
{
    public int Clients { get; init; } = 16;
    public TimeSpan Each { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan Hashing { get; init; } = TimeSpan.FromSeconds(5);
    public int Members { get; init; } = 50_000;
    public bool BareEndpoint { get; init; } = true;
    public bool AddressPerClient { get; init; }
    public bool MembershipService { get; init; }

    /// <summary>The arguments after <c>ceilings</c>.</summary>
    public static CeilingOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CeilingOptions();
        for (var i = 0; i < args.Count; i++)
        {
            double Number() => i + 1 < args.Count && double.TryParse(args[++i], CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new ArgumentException($"{args[i]} needs a positive number.");
            options = args[i] switch
            {
                "--clients" => options with { Clients = (int)Number() },
                "--seconds" => options with { Each = TimeSpan.FromSeconds(Number()) },
                "--hash-seconds" => options with { Hashing = TimeSpan.FromSeconds(Number()) },
                "--members" => options with { Members = (int)Number() },
                "--no-bare-endpoint" => options with { BareEndpoint = false },
                "--address-per-client" => options with { AddressPerClient = true },
                "--membership-service" => options with { MembershipService = true },
                var unknown => throw new ArgumentException($"Unknown option {unknown} for ceilings. See tests/Onboarding.Load/Ceilings/CeilingOptions.cs."),
            };
        }
        return options;
    }
}
