using System.Globalization;
using System.Text;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// What the ceilings measured, and the text printed beside the system's figures: each ceiling, then the service's
/// STEP 1 lookup rate as a fraction of it (issue 12's goal: ≥ 0.5 of pgbench). A ceiling not measured is left out,
/// and so is any ratio that needs it.
/// </summary>
public sealed record CeilingFigures(
    string Where,
    int Clients,
    TimeSpan Each,
    PgbenchResult? Pgbench,
    LookupRate? BareEndpoint,
    LookupRate? Service,
    HasherResult? Hasher,
    string LoadAverageBefore,
    string LoadAverageAfter)
{
    /// <summary>pgbench with an address per client (<c>--address-per-client</c>): what the one shared client row costs.</summary>
    public PgbenchResult? PgbenchAddressPerClient { get; init; }

    public string Format()
    {
        var text = new StringBuilder();
        Line(text, $"Ceilings ({Where}; {Clients} clients, {Each.TotalSeconds:0} s each; load average {LoadAverageBefore} before, {LoadAverageAfter} after)");
        if (Pgbench is { } pgbench) Tps(text, "pgbench, STEP 1 lookup transaction", pgbench);
        if (PgbenchAddressPerClient is { } perClient) Tps(text, "pgbench, the same, an address per client", perClient);
        if (BareEndpoint is { } bare) Rate(text, "bare Npgsql lookup endpoint (Kestrel)", bare);
        if (Service is { } service) Rate(text, "membership's lookup API (the service)", service);
        Ratio(text, "service ÷ pgbench", Service?.LookupsPerSecond, Pgbench?.TransactionsPerSecond);
        Ratio(text, "service ÷ bare endpoint", Service?.LookupsPerSecond, BareEndpoint?.LookupsPerSecond);
        Ratio(text, "bare endpoint ÷ pgbench", BareEndpoint?.LookupsPerSecond, Pgbench?.TransactionsPerSecond);
        if (Hasher is { } hasher)
        {
            Line(text, $"  {$"password hasher ({hasher.Iterations:N0} iterations, {hasher.Threads} threads)",-48} {hasher.HashesPerSecond,9:0.0} hashes/s   " +
                $"(floor of STEP 2's password step: {1000.0 * hasher.Threads / hasher.HashesPerSecond:0.0} ms of a core per hash)");
        }
        return text.ToString();
    }

    /// <summary><c>0.18</c>; <c>null</c> when either side was not measured or the ceiling is zero.</summary>
    public static string? FormatRatio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? (n / d).ToString("0.00", CultureInfo.InvariantCulture) : null;

    private static void Tps(StringBuilder text, string name, PgbenchResult pgbench)
    {
        var latency = pgbench.LatencyAverageMs is { } ms ? $", latency average {ms:0.0} ms" : "";
        Line(text, $"  {name,-48} {pgbench.TransactionsPerSecond,9:0.0} tps        ({pgbench.FailedTransactions} failed{latency})");
    }

    private static void Rate(StringBuilder text, string name, LookupRate rate) =>
        Line(text, $"  {name,-48} {rate.LookupsPerSecond,9:0.0} lookups/s  (p50 {rate.P50Ms:0.0} ms, p99 {rate.P99Ms:0.0} ms, {rate.Refused} not 201)");

    private static void Ratio(StringBuilder text, string name, double? numerator, double? denominator)
    {
        if (FormatRatio(numerator, denominator) is { } ratio) Line(text, $"  {name,-48} {ratio,9}");
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
