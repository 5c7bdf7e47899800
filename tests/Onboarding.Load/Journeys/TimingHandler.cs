using System.Diagnostics;
using Onboarding.Load.Metrics;

namespace Onboarding.Load.Journeys;

/// <summary>Times every request a member's browser sends (headers received; the body is read by the caller) by kind.</summary>
public sealed class TimingHandler(LoadMetrics metrics, string site, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        // The body is buffered here so that the time includes it, as a browser's page load would.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        metrics.RecordRequest(RequestKinds.Of(request.Method, site, request.RequestUri!), Stopwatch.GetElapsedTime(started));
        return response;
    }
}
