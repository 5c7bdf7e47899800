using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.Security;

/// <summary>Settings under <c>Gateway:RateLimiting</c>.</summary>
public sealed class GatewayRateLimitOptions
{
    public const string SectionName = "Gateway:RateLimiting";

    /// <summary>
    /// Requests per client address per minute, pages, assets and API calls together. Generous on purpose:
    /// a whole campus may share one NAT address. Brute force on codes is stopped by the services' own budgets.
    /// Counted by each gateway replica in its own memory: behind a load balancer that spreads a client's connections
    /// over N replicas, the client gets up to N times this (a client on one kept-alive connection, exactly this).
    /// </summary>
    public int PermitsPerMinute { get; set; } = 300;
}

/// <summary>A fixed window per client address in front of everything except the health probes.</summary>
public static class RateLimiting
{
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GatewayRateLimitOptions>(builder.Configuration.GetSection(GatewayRateLimitOptions.SectionName));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<GatewayRateLimitOptions>>((options, limits) =>
            {
                var permits = limits.Value.PermitsPerMinute;
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => PartitionFor(context, permits));
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.OnRejected = WriteTooManyRequestsAsync;
            });
        return builder;
    }

    private static RateLimitPartition<string> PartitionFor(HttpContext context, int permits)
    {
        var path = context.Request.Path;
        // Orchestrator probes come from one address every few seconds; they must never be turned away.
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/alive"))
        {
            return RateLimitPartition.GetNoLimiter("probes");
        }

        return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>An IPv6 client usually owns a whole /64, so one address per client would be easy to rotate.</summary>
    private static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var text = UiLanguage.For(http);

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = text[UiText.ProblemTooManyRequestsTitle],
            Detail = string.Format(CultureInfo.CurrentCulture, text[UiText.ProblemTooManyRequestsDetailFormat], seconds),
            Extensions =
            {
                ["code"] = "too_many_requests",
                ["retryAfterSeconds"] = seconds,
            },
        };
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(problem.Detail, cancellationToken);
        }
    }
}
