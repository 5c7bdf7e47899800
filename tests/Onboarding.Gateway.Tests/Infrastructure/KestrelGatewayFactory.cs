using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on a real Kestrel port (a browser cannot talk to the in-memory TestServer), with optional
/// configuration overrides.
/// </summary>
public sealed class KestrelGatewayFactory : GatewayFactory
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelGatewayFactory() : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A gateway with configuration overrides, e.g. <c>Gateway:RateLimiting:PermitsPerMinute</c>.</summary>
    public static KestrelGatewayFactory WithSettings(IReadOnlyDictionary<string, string?> settings) => new(settings);

    // Private: xUnit builds class fixtures through their one public constructor.
    private KestrelGatewayFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        // Not UseKestrel(0): with a port, the factory rewrites the server's addresses after the app has started Kestrel
        // on its own thread, which fails now and then (dotnet/aspnetcore#67714). A free port through "urls" instead.
        UseKestrel();
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>; starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
