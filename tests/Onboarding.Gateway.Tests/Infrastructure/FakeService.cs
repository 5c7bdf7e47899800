using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in backend service on a real port that answers every request with what it received,
/// so tests can see exactly what the gateway forwarded.
/// </summary>
public sealed class FakeService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<int> _requestCount;

    private FakeService(WebApplication app, Func<int> requestCount) => (_app, _requestCount) = (app, requestCount);

    /// <summary>How many requests reached this service.</summary>
    public int RequestCount => _requestCount();

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public static async Task<FakeService> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = 0;
        app.Run(context =>
        {
            Interlocked.Increment(ref requests);
            return context.Response.WriteAsJsonAsync(new ForwardedRequest(
                name,
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.AcceptLanguage.ToString(),
                context.Request.Headers["X-Forwarded-Host"].ToString(),
                context.Request.Headers["X-Operator-Key"].ToString()));
        });
        await app.StartAsync();
        return new FakeService(app, () => Volatile.Read(ref requests));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ForwardedRequest(string Service, string Method, string PathAndQuery, string AcceptLanguage, string ForwardedHost, string OperatorKey = "")
{
    public static ForwardedRequest Parse(string json) =>
        JsonSerializer.Deserialize<ForwardedRequest>(json, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("Empty answer from the fake service.");
}
