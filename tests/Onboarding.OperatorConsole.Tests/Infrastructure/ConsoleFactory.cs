using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.OperatorConsole.Staff;
using Onboarding.Testing;

namespace Onboarding.OperatorConsole.Tests.Infrastructure;

/// <summary>
/// The console hosted on a consoledb of its own on the shared test PostgreSQL, migrated as the AppHost's
/// <c>operator-console-migrate</c> step does (the append-only trigger included); in memory, or on a real Kestrel port
/// for a browser.
/// </summary>
public sealed class ConsoleFactory : WebApplicationFactory<Program>
{
    public const string KeyEncryptionKey = "test-only-console-key-encryption-key";

    private readonly bool _kestrel;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ConsoleFactory(string connectionString, bool kestrel, IReadOnlyDictionary<string, string?>? settings)
    {
        ConnectionString = connectionString;
        _kestrel = kestrel;
        _settings = settings ?? new Dictionary<string, string?>();
        if (kestrel) UseKestrel();
    }

    public string ConnectionString { get; }

    /// <summary>A console on a fresh consoledb; <paramref name="settings"/> override its configuration.</summary>
    public static async Task<ConsoleFactory> StartAsync(bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await CreateDatabaseAsync(), kestrel, settings);

    public static async Task<string> CreateDatabaseAsync()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var connectionString = await infrastructure.CreateDatabaseAsync("consoledb");
        await using var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    /// <summary>The server's address on Kestrel, e.g. <c>http://127.0.0.1:41234/</c>; starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects (the tests look at where they go).</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new account with a role, through the console's own <see cref="StaffDirectory"/>; its user name and password.</summary>
    public async Task<(string UserName, string Password)> CreateStaffAsync(string role, string? userName = null)
    {
        userName ??= "staff-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().CreateAsync(userName, role);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(error => error.Code)));
        return (userName, created.InitialPassword!);
    }

    /// <summary>A context on the console's own connection (its connection string, its model).</summary>
    public ConsoleDbContext NewDbContext() => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(ConnectionString).Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:consoledb", ConnectionString);
        builder.UseSetting("KeyEncryption:Key", KeyEncryptionKey);
        // Not UseKestrel(0): a free port through "urls" instead (dotnet/aspnetcore#67714, as the gateway's tests do).
        if (_kestrel) builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}
