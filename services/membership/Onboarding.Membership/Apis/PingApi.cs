namespace Onboarding.Membership.Apis;

public static class PingApi
{
    /// <summary>A cheap answer through the gateway, for operators and the end-to-end test.</summary>
    public static IEndpointRouteBuilder MapPingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/membership/ping", () => TypedResults.Ok(new PingResponse("membership")));
        return app;
    }

    public sealed record PingResponse(string Service);
}
