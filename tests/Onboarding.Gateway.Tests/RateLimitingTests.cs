using System.Net;
using System.Text.Json;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// Runs on Kestrel: the limit is per client address, and only a real connection has one
/// (the in-memory test server has none).
/// </summary>
public sealed class RateLimitingTests
{
    private static KestrelGatewayFactory GatewayAllowing(int permitsPerMinute) => KestrelGatewayFactory.WithSettings(new Dictionary<string, string?>
    {
        ["Gateway:RateLimiting:PermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task Too_many_requests_get_429_problem_details_with_retry_after()
    {
        await using var gateway = GatewayAllowing(2);
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress };

        await client.GetAsync("/");
        await client.GetAsync("/no-such-page");
        var rejected = await client.GetAsync("/api/membership/lookups");
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(rejected.Headers.RetryAfter?.Delta);
        Assert.Equal("too_many_requests", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("短時間にアクセスが集中しています。", problem.RootElement.GetProperty("title").GetString());
        Assert.InRange(problem.RootElement.GetProperty("retryAfterSeconds").GetInt32(), 1, 60);
        Assert.Equal("nosniff", rejected.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_limit_is_counted_per_client_address_behind_a_trusted_proxy()
    {
        // The test's own loopback connection is a trusted proxy, so X-Forwarded-For names the client.
        await using var gateway = GatewayAllowing(2);
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress };

        Task<HttpResponseMessage> GetAs(string address)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("X-Forwarded-For", address);
            return client.SendAsync(request);
        }

        await GetAs("203.0.113.1");
        await GetAs("203.0.113.1");
        var third = await GetAs("203.0.113.1");
        var otherMember = await GetAs("203.0.113.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherMember.StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_never_limited()
    {
        await using var gateway = GatewayAllowing(1);
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress };

        await client.GetAsync("/");
        var page = await client.GetAsync("/");
        var probes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetAsync("/alive")));

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.All(probes, probe => Assert.Equal(HttpStatusCode.OK, probe.StatusCode));
    }
}
