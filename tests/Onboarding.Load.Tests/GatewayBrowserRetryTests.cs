using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Onboarding.Load.Journeys;

namespace Onboarding.Load.Tests;

public sealed class GatewayBrowserRetryTests
{
    private static readonly RetryPresses QuickPresses = new(3, TimeSpan.FromMilliseconds(10));

    [Fact]
    public async Task A_member_presses_again_after_the_cannot_be_reached_message_and_goes_on()
    {
        await using var gateway = await FakeGatewayAsync(answers: [Unavailable, Unavailable, Ok]);
        var presses = new List<string>();
        using var browser = Browser(gateway.Port, QuickPresses, presses.Add);

        var page = await browser.GetAsync("/step1");

        Assert.Contains("the page", page.Html);
        Assert.Equal(2, presses.Count);
        Assert.All(presses, press => Assert.StartsWith("STEP 1 GET /step1 pressed again after 503", press));
    }

    [Fact]
    public async Task After_the_last_press_the_journey_ends_with_a_retryable_failure()
    {
        await using var gateway = await FakeGatewayAsync(answers: [Unavailable, Unavailable, Unavailable, Unavailable, Ok]);
        using var browser = Browser(gateway.Port, QuickPresses);

        var failure = await Assert.ThrowsAsync<JourneyFailure>(() => browser.GetAsync("/step1"));

        Assert.Equal(FailureKind.Retryable, failure.Kind);
        Assert.Equal("STEP 1 GET /step1 → 503 code=service_unavailable", failure.Key);
    }

    [Fact]
    public async Task A_plain_run_counts_the_first_retryable_message_as_an_error()
    {
        await using var gateway = await FakeGatewayAsync(answers: [Unavailable, Ok]);
        using var browser = Browser(gateway.Port, RetryPresses.None);

        var failure = await Assert.ThrowsAsync<JourneyFailure>(() => browser.GetAsync("/step1"));

        Assert.Equal(FailureKind.Error, failure.Kind);
    }

    [Fact]
    public async Task No_answer_at_all_is_pressed_again_too()
    {
        var nobody = FreePort.Next();
        var presses = new List<string>();
        using var browser = Browser(nobody, QuickPresses, presses.Add);

        var failure = await Assert.ThrowsAsync<JourneyFailure>(() => browser.GetAsync("/step1"));

        Assert.Equal(FailureKind.Retryable, failure.Kind);
        Assert.Equal(3, presses.Count);
        Assert.Contains("no answer", failure.Key);
    }

    private static readonly Func<HttpContext, Task> Unavailable = context =>
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync("""{"status":503,"code":"service_unavailable"}""");
    };

    private static readonly Func<HttpContext, Task> Ok = context => context.Response.WriteAsync("<html>the page</html>");

    private static GatewayBrowser Browser(int port, RetryPresses presses, Action<string>? pressedAgain = null) =>
        new(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") }, () => "STEP 1", presses, pressedAgain);

    private sealed record FakeGateway(WebApplication App, int Port) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    /// <summary>A server answering each request with the next of <paramref name="answers"/> (the last one from then on).</summary>
    private static async Task<FakeGateway> FakeGatewayAsync(Func<HttpContext, Task>[] answers)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var next = -1;
        app.Run(context => answers[Math.Min(Interlocked.Increment(ref next), answers.Length - 1)](context));
        await app.StartAsync();
        return new FakeGateway(app, port);
    }
}
