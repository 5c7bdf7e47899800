using Onboarding.Testing.Wallet;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Infrastructure;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>What must hold across a restart of the sandbox and a repeated migrate step.</summary>
[Collection(SandboxCollection.Name)]
public sealed class RestartTests(SandboxFactory sandbox)
{
    [Fact]
    public async Task Tokens_issued_before_a_restart_still_work_after_it()
    {
        using var browser = sandbox.NewBrowser();
        var pkce = Pkce.New();
        var redirect = await browser.AuthorizeAsync(OAuthClient.AuthorizeUrl(pkce, "s"), $"restart-{Guid.NewGuid():N}@univcoop-test.jp");
        var tokens = await OAuthClient.TokensAsync(await new OAuthClient(sandbox.NewApiClient()).ExchangeCodeAsync(redirect["code"]!, pkce.Verifier));

        // A second instance on the same database: the signing and encryption keys come from there, not from memory.
        await using var restarted = new RestartedSandbox(sandbox);
        var api = new OAuthClient(restarted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.OK, (await api.GetWithTokenAsync("/users/me", tokens.AccessToken)).StatusCode);
        var refreshed = await OAuthClient.TokensAsync(await api.RefreshAsync(tokens.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, (await api.GetWithTokenAsync("/users/me", refreshed.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Registering_the_configured_clients_again_changes_nothing()
    {
        await sandbox.Services.RegisterConfiguredClientsAsync();
        await sandbox.Services.RegisterConfiguredClientsAsync();

        await using var scope = sandbox.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        var clients = await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientId == SandboxFactory.ClientId).ToListAsync();
        var client = Assert.Single(clients);
        Assert.Equal(SandboxFactory.ClientDisplayName, client.DisplayName);
        Assert.Equal("confidential", client.ClientType);
        Assert.NotEqual(SandboxFactory.ClientSecret, client.ClientSecret); // stored hashed
    }

    [Fact]
    public async Task Replicas_registering_the_configured_clients_at_the_same_start_all_succeed_and_make_one_client()
    {
        // Every replica registers the clients as it starts (ClientRegistrationAtStart); replicas start together.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => sandbox.Services.RegisterConfiguredClientsAsync())));

        await using var scope = sandbox.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        Assert.Single(await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientId == SandboxFactory.ClientId).ToListAsync());
    }

    private sealed class RestartedSandbox(SandboxFactory original) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            SandboxFactory.Configure(builder, original.DatabaseConnectionString, original.Smtp);
    }
}
