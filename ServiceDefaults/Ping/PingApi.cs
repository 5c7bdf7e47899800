using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.Extensions.Hosting;

/// <summary>A cheap answer through the gateway, for operators and the end-to-end test: which service answered.</summary>
public static class PingApi
{
    /// <param name="prefix">The service's route prefix, e.g. <c>/api/membership</c>; the ping is <c>{prefix}/ping</c>.</param>
    /// <param name="serviceName">The service's resource name, as the answer names it (e.g. <c>membership</c>).</param>
    public static IEndpointRouteBuilder MapPingApi(this IEndpointRouteBuilder app, string prefix, string serviceName)
    {
        var response = new PingResponse(serviceName);
        app.MapGet($"{prefix}/ping", () => TypedResults.Ok(response));
        return app;
    }

    public sealed record PingResponse(string Service);
}
