using Onboarding.AppHost.Infrastructure;

namespace Onboarding.AppHost;

/// <summary>
/// The operator console: staff's own web app on its own port (<c>OperatorConsole:HttpPort</c>, 8090 from
/// <c>./run.sh</c>), never routed through the member gateway, with its own database <c>consoledb</c> migrated by the
/// <c>operator-console-migrate</c> step. That step also seeds the first administrator from two parameters — the user
/// name (default <c>admin</c>) and a generated password, kept in the AppHost's user secrets and shown under the
/// dashboard's Parameters — which only it receives: the running console never has the password.
/// </summary>
internal static class OperatorConsoleWiring
{
    public const string DefaultAdministrator = "admin";

    /// <param name="services">The services whose operator APIs the console calls, each with its own operator key.</param>
    public static IResourceBuilder<ProjectResource> AddOperatorConsole(this IDistributedApplicationBuilder builder,
        InfrastructureResources infrastructure, params IResourceBuilder<ProjectResource>[] services)
    {
        var consoleDb = infrastructure.Database(ResourceNames.ConsoleDb);
        var adminUser = builder.AddParameter(ResourceNames.ConsoleAdminUser, DefaultAdministrator);
        var adminPassword = Secrets.Generated(builder, ResourceNames.ConsoleAdminPassword);
        // Seals the console's Data Protection key ring (sign-in cookies, antiforgery tokens); kept out of consoledb. The
        // migrate step needs it too: seeding goes through Identity, whose token providers open the key ring.
        var keyEncryptionKey = Secrets.Generated(builder, ResourceNames.KeyEncryptionKey(ResourceNames.OperatorConsole));
        var migration = builder.AddDatabaseMigration<Projects.Onboarding_OperatorConsole>(ResourceNames.OperatorConsole, consoleDb)
            .WithEnvironment("KeyEncryption__Key", keyEncryptionKey)
            .WithEnvironment("OperatorConsole__Administrator__UserName", adminUser)
            .WithEnvironment("OperatorConsole__Administrator__Password", adminPassword);

        var console = builder.AddProject<Projects.Onboarding_OperatorConsole>(ResourceNames.OperatorConsole, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: ConfiguredPorts.Get(builder.Configuration, ConfiguredPorts.OperatorConsole), name: ResourceNames.HttpEndpoint)
            .WithAppHostEnvironment(builder)
            .WithReference(consoleDb)
            .WithEnvironment("KeyEncryption__Key", keyEncryptionKey)
            .WaitForCompletion(migration)
            .WithPromptHttpHealthCheck("/health", ResourceNames.HttpEndpoint)
            .WithUrlForEndpoint(ResourceNames.HttpEndpoint, url => url.DisplayText = "Operator console")
            .WithConfiguredReplicas();
        foreach (var service in services)
        {
            // Service discovery finds it; its key opens only its own operator endpoints (§9.1).
            console.WithReference(service)
                .WithEnvironment($"OperatorConsole__Services__{service.Resource.Name}__OperatorKey", service.OperatorKey());
        }
        return console;
    }
}
