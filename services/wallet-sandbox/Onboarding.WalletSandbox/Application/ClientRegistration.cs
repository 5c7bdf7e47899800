using Microsoft.EntityFrameworkCore;
using Onboarding.WalletSandbox.Infrastructure;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.WalletSandbox.Application;

/// <summary>
/// Creates or updates the configured OAuth clients (idempotent): confidential, code flow with PKCE, refresh tokens,
/// revocation, scope <c>read</c>. Run by the migrate step, after the tables exist.
/// </summary>
public sealed class ClientRegistration(
    IOpenIddictApplicationManager applications,
    IOptions<SandboxOptions> options,
    ILogger<ClientRegistration> logger)
{
    public const string ReadScope = "read";

    public async Task RegisterConfiguredClientsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var client in options.Value.Clients)
        {
            if (string.IsNullOrWhiteSpace(client.ClientId) || string.IsNullOrWhiteSpace(client.ClientSecret) || client.RedirectUris.Count == 0)
            {
                throw new InvalidOperationException(
                    $"{SandboxOptions.Section}:Clients needs ClientId, ClientSecret and at least one RedirectUris entry for every client.");
            }
            var descriptor = Describe(client);
            var existing = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
                logger.LogInformation("Registered OAuth client {ClientId}", client.ClientId);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
                logger.LogInformation("Updated OAuth client {ClientId}", client.ClientId);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Describe(SandboxClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = string.IsNullOrWhiteSpace(client.DisplayName) ? client.ClientId : client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + ReadScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }
        return descriptor;
    }
}

public static class ClientRegistrationExtensions
{
    // Any constant: advisory locks are per database, and sandboxdb is the sandbox's own.
    private const long RegistrationLockId = 0x53624f4175746843; // "SbOAuthC"

    /// <summary>
    /// Registers the clients under a PostgreSQL advisory lock: replicas starting together would otherwise update the
    /// same rows at once, and OpenIddict's concurrency check would stop all but one of them from starting.
    /// </summary>
    public static async Task RegisterConfiguredClientsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({RegistrationLockId})");
            try
            {
                await scope.ServiceProvider.GetRequiredService<ClientRegistration>().RegisterConfiguredClientsAsync();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({RegistrationLockId})");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
