using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Onboarding.Load.Journeys;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// Drives a STEP 1 lookup API (membership's, or <see cref="BareLookupEndpoint"/>) the way the issue measured it:
/// a closed loop of <c>clients</c> connections, each posting the next roster member's number and birth date as soon
/// as its previous lookup is answered, for a fixed time; counts the 201s.
/// </summary>
public static class LookupDriver
{
    public const string LookupPath = "/api/membership/lookups";

    public sealed record LookupRequest(string MemberNumber, string BirthDate);

    public static async Task<LookupRate> RunAsync(
        Uri service, IReadOnlyList<RosterMember> members, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = service };
        var next = -1;
        var (created, refused) = (0L, 0L);
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = [];
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var member = members[(int)((uint)Interlocked.Increment(ref next) % members.Count)];
                var started = Stopwatch.GetTimestamp();
                using var answer = await http.PostAsJsonAsync(LookupPath,
                    new LookupRequest(member.Number, member.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (answer.StatusCode == HttpStatusCode.Created) Interlocked.Increment(ref created);
                else Interlocked.Increment(ref refused);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.SelectMany(l => l).Order().ToList();
        return new LookupRate(created / elapsed, refused, sorted.Count == 0 ? 0 : sorted[sorted.Count / 2], sorted.Count == 0 ? 0 : sorted[(int)(sorted.Count * 0.99)]);
    }
}

/// <summary>Successful lookups per second; answers other than 201; p50 and p99 in ms.</summary>
public sealed record LookupRate(double LookupsPerSecond, long Refused, double P50Ms, double P99Ms);
