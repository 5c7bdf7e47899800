using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The gateway in production behind a TLS-terminating ingress on <c>10.0.0.0/24</c>, configured as
/// <c>Gateway:TrustedProxyNetworks</c>. Requests are made with the connection's remote address set, as the ingress
/// (or a client on the internet) would connect.
/// </summary>
public sealed class TrustedProxyTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private static readonly IPAddress Ingress = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress IngressOnDualStackSocket = IPAddress.Parse("::ffff:10.0.0.5");
    private static readonly IPAddress Outsider = IPAddress.Parse("198.51.100.9");

    private WebApplicationFactory<Program> Gateway(int permitsPerMinute = 300) => factory.WithWebHostBuilder(builder => builder
        .UseEnvironment("Production")
        .UseSetting("Gateway:TrustedProxyNetworks:0", "10.0.0.0/24")
        .UseSetting("Gateway:RateLimiting:PermitsPerMinute", permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public Task Behind_the_trusted_ingress_the_member_gets_Secure_cookies_and_HSTS() =>
        Assert.AllAsync(IngressAddresses, async ingress =>
        {
            using var gateway = Gateway();

            var response = await GetAsync(gateway, IPAddress.Parse(ingress), forwardedFor: "203.0.113.7", forwardedProto: "https");

            Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
            Assert.Contains("max-age=31536000", response.Headers.StrictTransportSecurity.ToString());
            var cookies = response.Headers.SetCookie.ToArray();
            Assert.NotEmpty(cookies);
            Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        });

    private static string[] IngressAddresses => [Ingress.ToString(), IngressOnDualStackSocket.ToString()];

    [Fact]
    public async Task A_client_outside_the_trusted_networks_cannot_claim_https()
    {
        using var gateway = Gateway();

        var response = await GetAsync(gateway, Outsider, forwardedFor: "203.0.113.7", forwardedProto: "https");

        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.Equal("", response.Headers.StrictTransportSecurity.ToString());
        Assert.All(response.Headers.SetCookie.ToArray(), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Two_members_behind_the_same_ingress_have_their_own_rate_limit()
    {
        using var gateway = Gateway(permitsPerMinute: 2);

        var first = await GetAsync(gateway, Ingress, forwardedFor: "203.0.113.1");
        var second = await GetAsync(gateway, Ingress, forwardedFor: "203.0.113.1");
        var third = await GetAsync(gateway, Ingress, forwardedFor: "203.0.113.1");
        var otherMember = await GetAsync(gateway, Ingress, forwardedFor: "203.0.113.2");
        // A chain (CDN → ingress): the address the ingress itself saw, the right-most one, is the client.
        var chained = await GetAsync(gateway, Ingress, forwardedFor: "203.0.113.1, 203.0.113.3");

        Assert.Equal([200, 200, 429, 200, 200], new[] { first, second, third, otherMember, chained }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task A_client_outside_the_trusted_networks_cannot_pick_its_own_address()
    {
        using var gateway = Gateway(permitsPerMinute: 2);

        var statuses = new List<int>();
        foreach (var spoofed in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4" })
        {
            statuses.Add((await GetAsync(gateway, Outsider, forwardedFor: spoofed)).StatusCode);
        }

        Assert.Equal([200, 200, 429, 429], statuses);
    }

    private static async Task<HttpResponse> GetAsync(WebApplicationFactory<Program> gateway, IPAddress from, string forwardedFor, string? forwardedProto = null) =>
        (await gateway.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("onboarding.univcoop.example");
            context.Request.Path = "/";
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (forwardedProto is not null)
            {
                context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            }
        })).Response;
}
