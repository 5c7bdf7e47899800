using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Onboarding.Load.Faults;

/// <summary>
/// The wallet provider as wallet-link reaches it under the provider-flaky fault: a reverse proxy in the generator
/// that wallet-link's <c>WalletProvider:BaseUrl</c> points to (AppHost <c>Load:ProviderProxyUrl</c>), forwarding every
/// server-to-server call (token exchange, user, accounts, revoke) to the sandbox. The members' browsers still go to
/// the sandbox itself for its login and consent pages, so only wallet-link's calls meet the fault. While
/// <see cref="ProviderFailures.Active"/>, each call waits the latency and a share of them is answered 503.
/// </summary>
public sealed class ProviderProxy : IAsyncDisposable
{
    // Hop-by-hop headers are the connection's own, never forwarded (RFC 9110 §7.6.1); Host is the target's.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
    };

    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _upstream;

    private ProviderProxy(WebApplication app, HttpMessageInvoker upstream)
    {
        _app = app;
        _upstream = upstream;
    }

    public static async Task<ProviderProxy> StartAsync(int port, Uri target, ProviderFailures failures, CancellationToken cancellationToken)
    {
        var upstream = new HttpMessageInvoker(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.Run(context => ForwardAsync(context, target, failures, upstream));
        await app.StartAsync(cancellationToken);
        return new ProviderProxy(app, upstream);
    }

    private static async Task ForwardAsync(HttpContext context, Uri target, ProviderFailures failures, HttpMessageInvoker upstream)
    {
        var aborted = context.RequestAborted;
        if (failures.Active)
        {
            var fails = failures.NextFails();
            await Task.Delay(failures.Latency, aborted);
            if (fails)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"error":"temporarily_unavailable"}""", aborted);
                return;
            }
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }
        foreach (var (name, values) in context.Request.Headers)
        {
            if (NotForwarded.Contains(name)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values)) request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }

        using var response = await upstream.SendAsync(request, aborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!NotForwarded.Contains(name)) context.Response.Headers[name] = values.ToArray();
        }
        await response.Content.CopyToAsync(context.Response.Body, aborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
