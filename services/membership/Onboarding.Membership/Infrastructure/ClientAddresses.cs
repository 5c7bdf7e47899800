using Microsoft.AspNetCore.HttpOverrides;

namespace Onboarding.Membership.Infrastructure;

/// <summary>
/// Membership sits behind the gateway, so a connection's own address is the gateway's. The gateway names the member
/// in <c>X-Forwarded-For</c> (YARP sets it on proxied API calls, the STEP 1 pages' client on theirs), and only a
/// trusted sender may: loopback (the default, how the AppHost runs it) plus the networks listed in
/// <c>Membership:TrustedProxyNetworks</c> (CIDR: where the gateway's replicas run). Only the right-most entry is
/// used (the one the gateway itself wrote), so a member's own <c>X-Forwarded-For</c> passed along never counts.
/// </summary>
public static class ClientAddresses
{
    public const string TrustedProxyNetworksKey = "Membership:TrustedProxyNetworks";

    public static IHostApplicationBuilder AddClientAddresses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
                options.ForwardLimit = 1;
                foreach (var network in configuration.GetSection(TrustedProxyNetworksKey).Get<string[]>() ?? [])
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return builder;
    }
}
