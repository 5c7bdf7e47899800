using System.Net;
using System.Text.Json;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Failed lookups per client (issue 10 §4): one client guessing birth dates across many numbers is stopped after
/// 20 failures an hour, with the same 429 for known and unknown numbers; other clients go on; an IPv6 client is its /64.
/// Each test is its own client (addresses from the documentation ranges), so the tests do not share a budget.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class LookupClientBudgetTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private const int FailuresPerHour = 20;

    private ApiClient ClientAt(string address) => new(factory.CreateClient()) { ClientAddress = address };

    /// <summary>Numbers no member has, one per try, so that no number's own budget (5 tries) ever locks.</summary>
    private static string UnknownNumber(int prefix, int i) => $"{prefix:D4}{i:D8}";

    [Fact]
    public async Task One_client_trying_many_numbers_is_stopped_with_429_and_Retry_After_alike_for_known_and_unknown_numbers()
    {
        using var counters = new FunnelCounters();
        var guesser = ClientAt("203.0.113.10");
        // Known numbers with a wrong birth date and unknown numbers count alike.
        for (var i = 0; i < FailuresPerHour; i++)
        {
            // Four misses on a member's number: one short of locking that number by itself.
            var miss = i % 5 == 0
                ? await guesser.LookupAsync(ApiClient.Member2, $"2005-12-{1 + i / 5:D2}")
                : await guesser.LookupAsync(UnknownNumber(5550, i), "2005-04-01");
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        var unknown = await guesser.LookupAsync(UnknownNumber(5551, 1), "2005-04-01");
        var knownRightDate = await guesser.LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate);
        var knownWrongDate = await guesser.LookupAsync(ApiClient.Member1, "2004-04-02");

        foreach (var refused in new[] { unknown, knownRightDate, knownWrongDate })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromMinutes(50), refused.Headers.RetryAfter?.Delta);
        }
        var problems = await Task.WhenAll(new[] { unknown, knownRightDate, knownWrongDate }.Select(ApiClient.JsonAsync));
        Assert.Equal(WithoutTraceId(problems[0]), WithoutTraceId(problems[1]));
        Assert.Equal(WithoutTraceId(problems[0]), WithoutTraceId(problems[2]));
        Assert.Equal("too_many_attempts", problems[0].GetProperty("code").GetString());
        Assert.Equal(50 * 60, problems[0].GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(0, problems[0].GetProperty("attemptsRemaining").GetInt32());

        // The refused lookups were not guesses: the member's own number kept its 5 tries.
        factory.Clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(HttpStatusCode.Created, (await guesser.LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate)).StatusCode);
        Assert.True(counters.Total("onboarding.lookup.failures") >= FailuresPerHour);
        Assert.True(counters.Total("onboarding.lookup.client_lockouts") >= 1);
    }

    [Fact]
    public async Task Another_client_is_not_affected()
    {
        var guesser = ClientAt("203.0.113.20");
        for (var i = 0; i < FailuresPerHour; i++) await guesser.LookupAsync(UnknownNumber(5552, i), "2005-04-01");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate)).StatusCode);

        var member = ClientAt("203.0.113.21");
        var miss = await member.LookupAsync(UnknownNumber(5553, 1), "2005-04-01");
        var found = await member.LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate);

        Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        Assert.Equal(4, (await ApiClient.JsonAsync(miss)).GetProperty("attemptsRemaining").GetInt32());
        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
    }

    [Fact]
    public async Task An_IPv6_client_rotating_addresses_within_its_64_shares_one_budget()
    {
        for (var i = 0; i < FailuresPerHour; i++)
        {
            var rotated = ClientAt($"2001:db8:10:20:{i + 1:x}:{i * 7919 % 65536:x}::{i + 1:x}");
            Assert.Equal(HttpStatusCode.NotFound, (await rotated.LookupAsync(UnknownNumber(5554, i), "2005-04-01")).StatusCode);
        }

        var sameNetwork = await ClientAt("2001:db8:10:20:ffff:ffff:ffff:fffe").LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate);
        var nextNetwork = await ClientAt("2001:db8:10:21::1").LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate);

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.Created, nextNetwork.StatusCode);
    }

    [Fact]
    public async Task An_IPv4_address_written_as_IPv6_and_addresses_a_client_puts_before_the_gateways_are_the_same_client()
    {
        for (var i = 0; i < FailuresPerHour; i++)
        {
            // What a client sends in its own X-Forwarded-For arrives in front of the address the gateway appends;
            // only the gateway's (right-most) one counts.
            var address = i % 2 == 0 ? "::ffff:198.51.100.30" : $"10.0.0.{i}, 198.51.100.30";
            await ClientAt(address).LookupAsync(UnknownNumber(5555, i), "2005-04-01");
        }

        var refused = await ClientAt("198.51.100.30").LookupAsync(ApiClient.Member1, ApiClient.Member1BirthDate);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    /// <summary>A problem document without its per-request trace id, one field a line, for comparing answers.</summary>
    private static string WithoutTraceId(JsonElement body)
    {
        var fields = body.EnumerateObject().Where(p => p.Name != "traceId").OrderBy(p => p.Name, StringComparer.Ordinal);
        return string.Join("\n", fields.Select(p => $"{p.Name}={p.Value.GetRawText()}"));
    }
}
