namespace Onboarding.WalletSandbox.Apis;

public static class PingApi
{
    /// <summary>A cheap answer through the gateway, for operators and the end-to-end test.</summary>
    public static IEndpointRouteBuilder MapPingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sandbox/ping", () => TypedResults.Ok(new PingResponse("wallet-sandbox")));
        return app;
    }

    public sealed record PingResponse(string Service);
}
