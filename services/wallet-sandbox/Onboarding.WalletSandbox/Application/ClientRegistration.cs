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
    public static async Task RegisterConfiguredClientsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientRegistration>().RegisterConfiguredClientsAsync();
    }
}
