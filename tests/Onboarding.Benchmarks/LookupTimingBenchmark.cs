using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging;
using Onboarding.Testing;

namespace Onboarding.Benchmarks;

/// <summary>
/// docs/architecture.md §6.3 wants an unknown member number and a wrong birth date to be indistinguishable, timing included.
/// Times both answers (and a successful lookup for scale) through the real membership service on real PostgreSQL,
/// interleaved so that drift in the machine's load hits all three alike. Every request uses a fresh number, so no
/// lock-out interferes.
/// </summary>
public static class LookupTimingBenchmark
{
    public static async Task RunAsync(int rounds)
    {
        await using var infrastructure = await TestInfrastructure.StartPrivateAsync();
        var database = await infrastructure.CreateDatabaseAsync("lookuptiming");
        // Not a test project, so WebApplicationFactory finds no content root of its own; the output folder has what it needs.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ONBOARDING_MEMBERSHIP", AppContext.BaseDirectory);
        await using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:membershipdb", database);
            web.UseSetting("ConnectionStrings:rabbitmq", infrastructure.Broker.ConnectionString);
            web.UseSetting("Membership:PublicBaseUrl", "http://member-ui.benchmark");
            web.UseSetting("Membership:PasscodeKey", "benchmark-only-passcode-key-0123456789");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        await service.Services.MigrateDatabaseAsync<MembershipDbContext>();
        await SeedAsync(service, rounds);
        var http = service.CreateClient();

        var unknown = new List<double>();
        var wrongDate = new List<double>();
        var found = new List<double>();
        for (var round = -20; round < rounds; round++) // 20 warm-up rounds are not counted
        {
            var index = Math.Max(round, 0);
            var a = await TimeAsync(http, $"5{index:D11}", "2004-04-01");
            var b = await TimeAsync(http, $"6{index:D11}", "2004-04-02");
            var c = await TimeAsync(http, $"6{index:D11}", "2004-04-01");
            if (round < 0) continue;
            unknown.Add(a);
            wrongDate.Add(b);
            found.Add(c);
        }

        Console.WriteLine($"lookup timing: {rounds} rounds, servers: {infrastructure.Mode}, {Environment.ProcessorCount} cores");
        Print("unknown member number (404)", unknown);
        Print("wrong birth date (404)", wrongDate);
        Print("found (201, for scale)", found);
        Console.WriteLine($"median difference unknown vs wrong date: {Median(wrongDate) - Median(unknown):+0.00;-0.00} ms");
    }

    /// <summary>Members 6xxxxxxxxxxx born 2004-04-01; numbers 5xxxxxxxxxxx stay unknown.</summary>
    private static async Task SeedAsync(WebApplicationFactory<Program> service, int rounds)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var now = DateTimeOffset.UtcNow;
        for (var index = 0; index < rounds; index++)
        {
            db.Members.Add(new Membership.Domain.Member
            {
                Id = Guid.CreateVersion7(), MemberNumber = $"6{index:D11}", BirthDate = new DateOnly(2004, 4, 1),
                FamilyName = "計測", GivenName = "太郎", Coop = "ベンチマーク生協", CreatedAt = now, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }

    private static async Task<double> TimeAsync(HttpClient http, string memberNumber, string birthDate)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/membership/lookups", new { memberNumber, birthDate });
        await response.Content.ReadAsByteArrayAsync();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void Print(string what, List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        Console.WriteLine($"{what,-30} p50 {Median(samples):F2} ms  p90 {sorted[(int)(sorted.Length * 0.9)]:F2} ms  mean {samples.Average():F2} ms");
    }

    private static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);
}
