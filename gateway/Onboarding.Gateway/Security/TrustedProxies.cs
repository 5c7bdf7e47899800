using Microsoft.AspNetCore.HttpOverrides;

namespace Onboarding.Gateway.Security;

/// <summary>
/// Behind an ingress or load balancer the member's address arrives in <c>X-Forwarded-For</c>.
/// Only proxies we trust may set it: loopback (the default) plus the networks listed in
/// <c>Gateway:TrustedProxyNetworks</c> (CIDR, e.g. the cluster's ingress subnet). Otherwise anyone
/// could pick their own IP address and walk around the rate limit.
/// </summary>
public static class TrustedProxies
{
    public const string ConfigurationKey = "Gateway:TrustedProxyNetworks";

    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var network in configuration.GetSection(ConfigurationKey).Get<string[]>() ?? [])
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return builder;
    }
}
