using Onboarding.Testing.Wallet;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Onboarding.WalletSandbox.Application;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>The sandbox's resilience-test switches: operator-only, applied to the machine endpoints, never to the pages.</summary>
[Collection(SandboxCollection.Name)]
public sealed class FaultInjectionTests(SandboxFactory sandbox) : IAsyncLifetime
{
    private readonly HttpClient _http = sandbox.NewApiClient();

    public Task InitializeAsync() => ClearAsync();

    // The sandbox is shared by the whole collection: leave it well-behaved.
    public async Task DisposeAsync()
    {
        await ClearAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task The_fault_switches_need_the_operator_key()
    {
        string?[] rows =
        [
            null,
            "wrong-key",
        ];

        await Assert.AllAsync(rows, async key =>
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete })
            {
                using var request = new HttpRequestMessage(method, "/sandbox/faults");
                if (key is not null) request.Headers.Add("X-Operator-Key", key);
                if (method == HttpMethod.Put) request.Content = JsonContent.Create(new { errorRate = 1.0, statusCodes = new[] { 500 }, addedLatencyMs = 0 });
                using var response = await _http.SendAsync(request);
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
            // Nothing was switched on by the refused PUT.
            var current = await OAuthClient.JsonAsync(await SendAsync(HttpMethod.Get));
            Assert.Equal(0, current.GetProperty("errorRate").GetDouble());
        });
    }

    [Fact]
    public async Task Put_shows_up_in_get_and_delete_clears_it()
    {
        using var put = await PutAsync(0.25, [502], 10);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var current = await OAuthClient.JsonAsync(await SendAsync(HttpMethod.Get));
        Assert.Equal(0.25, current.GetProperty("errorRate").GetDouble());
        Assert.Equal(502, current.GetProperty("statusCodes")[0].GetInt32());
        Assert.Equal(10, current.GetProperty("addedLatencyMs").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete)).StatusCode);
        var cleared = await OAuthClient.JsonAsync(await SendAsync(HttpMethod.Get));
        Assert.Equal(0, cleared.GetProperty("errorRate").GetDouble());
        Assert.Equal(0, cleared.GetProperty("statusCodes").GetArrayLength());
    }

    [Fact]
    public async Task Bad_fault_settings_are_refused_and_change_nothing()
    {
        (double errorRate, int[] statusCodes, int latency, string field)[] rows =
        [
            (1.5, new[] { 500 }, 0, "errorRate"),
            (0.5, new int[0], 0, "statusCodes"),
            (0.5, new[] { 200 }, 0, "statusCodes"),
            (0.0, new int[0], -5, "addedLatencyMs"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (errorRate, statusCodes, latency, field) = row;
            using var response = await PutAsync(errorRate, statusCodes, latency);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await OAuthClient.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
            var current = await OAuthClient.JsonAsync(await SendAsync(HttpMethod.Get));
            Assert.Equal(0, current.GetProperty("errorRate").GetDouble());
        });
    }

    [Fact]
    public async Task About_the_configured_share_of_token_requests_fail_with_the_configured_codes()
    {
        (await PutAsync(0.5, [500, 503], 0)).Dispose();
        const int requests = 80;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < requests; i++)
        {
            // An empty token request: 400 from OpenIddict when no fault strikes.
            using var response = await _http.PostAsync("/oauth/token", new FormUrlEncodedContent([]));
            statuses.Add(response.StatusCode);
        }

        var faulted = statuses.Count(s => s is HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable);
        // Binomial(80, 0.5): 20..60 is more than four standard deviations either side.
        Assert.InRange(faulted, 20, 60);
        Assert.Contains(HttpStatusCode.InternalServerError, statuses);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.BadRequest, HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable }));
    }

    [Fact]
    public async Task Faults_hit_the_token_revocation_and_wallet_endpoints_but_never_the_pages()
    {
        (await PutAsync(1.0, [503], 0)).Dispose();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _http.PostAsync("/oauth/token", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _http.PostAsync("/oauth/revoke", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _http.GetAsync("/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _http.GetAsync($"/accounts/{Guid.NewGuid()}/transactions")).StatusCode);

        // The member's pages still work: authorize redirects to login, and login renders.
        using var browser = sandbox.NewBrowser();
        var loginUrl = await browser.StartAuthorizationAsync(OAuthClient.AuthorizeUrl(Pkce.New(), "s"));
        Assert.Contains("ログイン・新規登録", await browser.GetPageAsync(loginUrl));
    }

    [Fact]
    public async Task Added_latency_delays_the_wallet_api()
    {
        (await PutAsync(0, [], 700)).Dispose();
        var stopwatch = Stopwatch.StartNew();
        using var response = await _http.GetAsync("/users/me");
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // A little under 700: timers may fire a tick early; without the fault the answer takes a few milliseconds.
        Assert.True(stopwatch.ElapsedMilliseconds >= 650, $"Answered after {stopwatch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void Faults_can_be_configured_at_start_with_a_comma_separated_code_list()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WalletSandbox:Faults:ErrorRate"] = "0.3",
            ["WalletSandbox:Faults:StatusCodes"] = "500, 503",
            ["WalletSandbox:Faults:AddedLatencyMs"] = "250",
        }).Build();
        var options = new SandboxOptions();
        configuration.GetSection(SandboxOptions.Section).Bind(options);

        var faults = new FaultInjector(configuration, Options.Create(options)).Current;
        Assert.Equal(0.3, faults.ErrorRate);
        Assert.Equal([500, 503], faults.StatusCodes);
        Assert.Equal(250, faults.AddedLatencyMs);
    }

    [Fact]
    public void Impossible_configured_faults_stop_the_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WalletSandbox:Faults:ErrorRate"] = "2",
            ["WalletSandbox:Faults:StatusCodes"] = "500",
        }).Build();
        var options = new SandboxOptions();
        configuration.GetSection(SandboxOptions.Section).Bind(options);

        var error = Assert.Throws<InvalidOperationException>(() => new FaultInjector(configuration, Options.Create(options)));
        Assert.Contains("ErrorRate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private Task<HttpResponseMessage> PutAsync(double errorRate, int[] statusCodes, int addedLatencyMs)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/sandbox/faults") { Content = JsonContent.Create(new { errorRate, statusCodes, addedLatencyMs }) };
        request.Headers.Add("X-Operator-Key", SandboxFactory.OperatorKey);
        return _http.SendAsync(request);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method)
    {
        var request = new HttpRequestMessage(method, "/sandbox/faults");
        request.Headers.Add("X-Operator-Key", SandboxFactory.OperatorKey);
        return _http.SendAsync(request);
    }

    private async Task ClearAsync() => (await SendAsync(HttpMethod.Delete)).Dispose();
}
