using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Onboarding.Messaging;
using Onboarding.WalletLink.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The real wallet-link service on real PostgreSQL and RabbitMQ, calling a real wallet provider (the sandbox on a
/// real port) over HTTP, and accepting member tokens from <see cref="MemberTokens"/>.
/// </summary>
public sealed class WalletLinkFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ClientId = "onboarding-wallet-link";
    public const string ClientSecret = "test-only-wallet-link-client-secret";
    public const string RedirectUri = "http://gateway.test/api/wallet/links/callback";
    public const string KeyEncryptionKey = "test-only-wallet-link-key-encryption-key";

    /// <summary><c>Operator:ApiKey</c>, for the operator endpoints (the help desk's timeline).</summary>
    public const string OperatorKey = "test-only-wallet-link-operator-key";

    public MemberTokens Tokens { get; } = new();

    public SandboxHost Sandbox { get; private set; } = null!;

    public TestInfrastructure Infrastructure { get; private set; } = null!;

    public ShiftedClock Clock { get; } = new();

    private string _database = "";

    public string DatabaseConnectionString => _database;

    public async Task InitializeAsync()
    {
        Infrastructure = await TestInfrastructure.GetSharedAsync();
        Sandbox = await SandboxHost.StartAsync(Infrastructure, ClientId, ClientSecret, RedirectUri);
        _database = await Infrastructure.CreateDatabaseAsync("wallet");
        // Migrated before the service starts, as the AppHost's migrate step does: at start the service opens its
        // stored key ring (a wrong key-encryption key must stop it), so the table must be there.
        await using var db = new WalletDbContext(new DbContextOptionsBuilder<WalletDbContext>().UseNpgsql(_database).Options);
        await db.Database.MigrateAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:walletdb", _database);
        builder.UseSetting("ConnectionStrings:rabbitmq", Infrastructure.Broker.ConnectionString);
        builder.UseSetting("WalletProvider:BaseUrl", Sandbox.BaseAddress.ToString());
        builder.UseSetting("WalletProvider:ClientId", ClientId);
        builder.UseSetting("WalletProvider:ClientSecret", ClientSecret);
        builder.UseSetting("WalletProvider:RedirectUri", RedirectUri);
        builder.UseSetting("KeyEncryption:Key", KeyEncryptionKey);
        builder.UseSetting("Operator:ApiKey", OperatorKey);
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.AddHttpClient(PortalTokenValidation.MetadataClientName).ConfigurePrimaryHttpMessageHandler(() => Tokens);
            services.Configure<MassTransitHostOptions>(options =>
            {
                options.WaitUntilStarted = true;
                options.StartTimeout = TimeSpan.FromSeconds(60);
            });
        });
    }

    /// <summary>
    /// A client that does not follow redirects, so the callback's redirect can be read, and keeps no cookies of its own:
    /// <see cref="WalletApiClient"/> holds the member's browser cookies, so that each member's browser is its own.
    /// </summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Reads wallet-link's database as the service sees it.</summary>
    public async Task<T> WithDbAsync<T>(Func<WalletDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WalletDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
