using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway in memory with its key ring in a real gatewaydb (<see cref="GatewayDatabase"/>) sealed under the test
/// key-encryption key: by default the database every test host shares, or one of its own.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly string? _database;

    // One public constructor: xUnit builds class fixtures through it.
    public GatewayFactory() : this(database: null)
    {
    }

    protected GatewayFactory(string? database) => _database = database;

    /// <summary>A gateway whose key ring lives in <paramref name="database"/> (a <see cref="GatewayDatabase.CreateAsync"/>).</summary>
    public static GatewayFactory OnDatabase(string database) => new(database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:gatewaydb", _database ?? GatewayDatabase.SharedConnectionString);
        builder.UseSetting("KeyEncryption:Key", GatewayDatabase.KeyEncryptionKey);
    }
}
