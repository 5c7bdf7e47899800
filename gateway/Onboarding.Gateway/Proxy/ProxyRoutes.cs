using Yarp.ReverseProxy.Configuration;

namespace Onboarding.Gateway.Proxy;

/// <summary>
/// The API routes the gateway forwards. Each service maps its endpoints under its own prefix
/// (<c>/api/membership/...</c> and so on), so the path is passed through unchanged.
/// Destinations are Aspire resource names, resolved by service discovery. Operator endpoints are never forwarded
/// (<see cref="OperatorEndpointRefusal"/>).
/// </summary>
public static class ProxyRoutes
{
    public static readonly IReadOnlyList<ProxiedService> Services =
    [
        new("membership", "/api/membership", "http://membership"),
        new("identity-portal", "/api/portal", "http://identity-portal"),
        new("wallet-link", "/api/wallet", "http://wallet-link"),
        // Twilio's delivery status callbacks only (signed by Twilio; notification has no other public endpoint).
        new("notification", "/api/notification/twilio", "http://notification"),
    ];

    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                Services.Select(service => service.Route).ToList(),
                Services.Select(service => service.Cluster).ToList())
            .AddTransforms(UiCultureForwarding.Add)
            .AddTransforms(OperatorEndpointRefusal.RemoveOperatorCredential)
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    public static IEndpointRouteBuilder MapGatewayProxy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReverseProxy();
        return endpoints;
    }
}

/// <summary>One backend service behind the gateway.</summary>
public sealed record ProxiedService(string Name, string PathPrefix, string DestinationAddress)
{
    public RouteConfig Route => new()
    {
        RouteId = Name,
        ClusterId = Name,
        Match = new RouteMatch { Path = PathPrefix + "/{**rest}" },
    };

    public ClusterConfig Cluster => new()
    {
        ClusterId = Name,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [Name] = new() { Address = DestinationAddress },
        },
    };
}
