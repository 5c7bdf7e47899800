using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Onboarding.Load.Faults;

namespace Onboarding.Load.Tests;

public sealed class ProviderProxyTests
{
    [Fact]
    public void The_flaky_provider_fails_30_percent_of_calls()
    {
        var failures = ProviderFailures.Flaky(seed: 12);

        var failed = Enumerable.Range(0, 10_000).Count(_ => failures.NextFails());

        Assert.InRange(failed, 2_850, 3_150);
        Assert.Equal(10_000, failures.Calls);
        Assert.Equal(failed, failures.Failed);
        Assert.Equal(TimeSpan.FromSeconds(1), failures.Latency);
    }

    [Fact]
    public void The_same_seed_fails_the_same_calls()
    {
        var first = ProviderFailures.Flaky(seed: 7);
        var second = ProviderFailures.Flaky(seed: 7);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => first.NextFails()), Enumerable.Range(0, 100).Select(_ => second.NextFails()));
    }

    [Fact]
    public async Task Calls_pass_through_untouched_until_the_fault_then_are_delayed_or_refused()
    {
        var upstreamPort = FreePort.Next();
        await using var upstream = await StartUpstreamAsync(upstreamPort);
        var alwaysFails = new ProviderFailures(1.0, TimeSpan.FromMilliseconds(300), new Random(1));
        var neverFails = new ProviderFailures(0.0, TimeSpan.FromMilliseconds(300), new Random(1));
        var (failingPort, passingPort) = (FreePort.Next(), FreePort.Next());
        await using var failing = await ProviderProxy.StartAsync(failingPort, new Uri($"http://127.0.0.1:{upstreamPort}/"), alwaysFails, CancellationToken.None);
        await using var passing = await ProviderProxy.StartAsync(passingPort, new Uri($"http://127.0.0.1:{upstreamPort}/"), neverFails, CancellationToken.None);
        using var http = new HttpClient();

        using (var off = await http.PostAsync($"http://127.0.0.1:{failingPort}/oauth/token?x=1", new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "code")])))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
            Assert.Equal("POST /oauth/token?x=1 grant_type=code", await off.Content.ReadAsStringAsync());
            Assert.Equal("yes", off.Headers.GetValues("X-Upstream").Single());
        }
        Assert.Equal(0, alwaysFails.Calls);

        alwaysFails.Active = neverFails.Active = true;
        var timer = Stopwatch.StartNew();
        using (var refused = await http.GetAsync($"http://127.0.0.1:{failingPort}/api/user"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }
        Assert.True(timer.Elapsed >= TimeSpan.FromMilliseconds(280));
        timer.Restart();
        using (var slow = await http.GetAsync($"http://127.0.0.1:{passingPort}/api/user"))
        {
            Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
            Assert.Equal("GET /api/user ", await slow.Content.ReadAsStringAsync());
        }
        Assert.True(timer.Elapsed >= TimeSpan.FromMilliseconds(280));
        Assert.Equal(1, alwaysFails.Failed);
        Assert.Equal(0, neverFails.Failed);
    }

    private static async Task<WebApplication> StartUpstreamAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(async context =>
        {
            var body = context.Request.HasFormContentType
                ? string.Join('&', (await context.Request.ReadFormAsync()).Select(f => $"{f.Key}={f.Value}"))
                : "";
            context.Response.Headers["X-Upstream"] = "yes";
            await context.Response.WriteAsync($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} {body}");
        });
        await app.StartAsync();
        return app;
    }

}
