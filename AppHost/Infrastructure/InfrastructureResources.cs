namespace Onboarding.AppHost.Infrastructure;

/// <summary>
/// What every infrastructure mode provides: the PostgreSQL server, one connection string per service database, and
/// the broker. Services reference and wait for these without knowing which mode made them.
/// </summary>
public sealed record InfrastructureResources(
    IResourceBuilder<IResourceWithConnectionString> Postgres,
    IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases,
    IResourceBuilder<IResourceWithConnectionString> RabbitMq)
{
    public IResourceBuilder<IResourceWithConnectionString> Database(string name) =>
        Databases.TryGetValue(name, out var database)
            ? database
            : throw new InvalidOperationException($"No database resource named '{name}'.");
}

public static class InfrastructureBuilderExtensions
{
    /// <summary>Adds PostgreSQL (with the service databases) and RabbitMQ in the configured <see cref="InfrastructureMode"/>.</summary>
    public static InfrastructureResources AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = InfrastructureSettings.From(builder.Configuration);
        // Publishing needs no running servers, so there "auto" means the portable choice.
        var mode = !builder.ExecutionContext.IsRunMode && settings.Mode == InfrastructureMode.Auto
            ? InfrastructureMode.Containers
            : settings.ResolveMode();
        Console.WriteLine($"Infrastructure mode: {mode.ToString().ToLowerInvariant()}" +
            (settings.Mode == InfrastructureMode.Auto ? " (auto)" : "") +
            (mode == InfrastructureMode.Local ? $", data in {settings.DataDirectory}" : ""));

        return mode switch
        {
            InfrastructureMode.Containers => ContainerInfrastructure.Add(builder),
            InfrastructureMode.Local => LocalInfrastructure.Add(builder, settings),
            InfrastructureMode.External => ExternalInfrastructure.Add(builder),
            _ => throw new InvalidOperationException($"Unknown infrastructure mode '{mode}'."),
        };
    }
}
