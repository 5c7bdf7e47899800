using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Onboarding.Messaging;
using Onboarding.Testing;
using Onboarding.Testing.Smtp;
using Onboarding.Testing.Wallet;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Infrastructure;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>
/// The real wallet-sandbox on real PostgreSQL (a fresh database, migrated and with its client registered as the
/// migrate step does) mailing through a private smtp4dev.
/// </summary>
public sealed class SandboxFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ClientId = "wallet-link";
    public const string ClientSecret = "test-only-wallet-link-secret";
    public const string ClientDisplayName = "大学生協 電子マネー連携";
    public const string RedirectUri = "http://localhost:5999/wallet/callback";
    public const string OperatorKey = "test-only-operator-key";

    private string _database = "";

    public TestSmtpServer Smtp { get; private set; } = null!;

    /// <summary>The sandbox's database, for a second instance that plays the sandbox after a restart.</summary>
    public string DatabaseConnectionString => _database;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var smtp = TestSmtpServer.StartAsync();
        _database = await infrastructure.CreateDatabaseAsync("walletsandbox");
        Smtp = await smtp;
        await Services.MigrateDatabaseAsync<SandboxDbContext>();
        await Services.RegisterConfiguredClientsAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, _database, Smtp);

    /// <summary>The configuration the AppHost passes to the sandbox.</summary>
    public static void Configure(IWebHostBuilder builder, string database, TestSmtpServer smtp)
    {
        builder.UseSetting("ConnectionStrings:sandboxdb", database);
        builder.UseSetting("Smtp:Host", smtp.Host);
        builder.UseSetting("Smtp:Port", smtp.SmtpPort.ToString());
        builder.UseSetting("Operator:ApiKey", OperatorKey);
        builder.UseSetting("WalletSandbox:Clients:0:ClientId", ClientId);
        builder.UseSetting("WalletSandbox:Clients:0:ClientSecret", ClientSecret);
        builder.UseSetting("WalletSandbox:Clients:0:DisplayName", ClientDisplayName);
        builder.UseSetting("WalletSandbox:Clients:0:RedirectUris:0", RedirectUri);
    }

    /// <summary>A browser of its own: cookies kept, redirects left to the test.</summary>
    public ProviderBrowser NewBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), Inbox);

    /// <summary>A plain client for the token endpoint and the wallet API (no cookies).</summary>
    public HttpClient NewApiClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public Smtp4devClient Inbox() => Smtp.CreateClient();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
    }
}

/// <summary>
/// Every test class shares one sandbox (smtp4dev is slow to start) and they take turns, because the fault tests
/// change what the whole sandbox does. Each test uses e-mail addresses of its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFactory>
{
    public const string Name = "wallet-sandbox";
}
