using Microsoft.Extensions.Hosting;
using Onboarding.AppHost.Infrastructure;

namespace Onboarding.AppHost;

/// <summary>How every Onboarding service is wired: its database (migrated first), the broker, health and secrets.</summary>
internal static class ServiceResourceExtensions
{
    /// <summary>
    /// Adds the service <paramref name="name"/> and its <c>{name}-migrate</c> step (the same project started with
    /// <c>migrate</c>, which applies the EF Core migrations, creating the database if needed, and exits 0). The
    /// service starts only after the migration completed and the broker is healthy. <paramref name="configure"/> adds
    /// the service's own settings to both, since the migrate step builds the same host (and validates its options).
    /// The migrate step starts with its database; it waits for the broker itself, after migrating.
    /// The service gets its own operator key (<see cref="ResourceNames.OperatorKey"/>; <see cref="OperatorKey"/>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        string database,
        InfrastructureResources infrastructure,
        Action<IResourceBuilder<ProjectResource>>? configure = null)
        where TProject : IProjectMetadata, new()
    {
        var db = infrastructure.Database(database);
        var operatorKey = Secrets.Generated(builder, ResourceNames.OperatorKey(name));
        configure ??= _ => { };

        var migrate = builder.AddProject<TProject>(ResourceNames.Migration(name), options => options.ExcludeLaunchProfile = true)
            .WithArgs(ResourceNames.MigrateArgument)
            .WithAppHostEnvironment(builder)
            .WithReference(db)
            .WaitFor(db)
            // The migrate step also declares the service's broker topology (queues, exchanges, bindings), after the
            // migrations: it waits for the broker itself (BrokerQueues.OpenWhenReachableAsync), so that its start and
            // migrations overlap the broker's ~10 s boot instead of following it.
            .WithReference(infrastructure.RabbitMq)
            .WithParentRelationship(db)
            .WithIconName("DatabaseArrowUp");
        configure(migrate);

        var service = builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(name: ResourceNames.HttpEndpoint)
            .WithAppHostEnvironment(builder)
            .WithReference(db)
            .WithReference(infrastructure.RabbitMq)
            .WithEnvironment("Operator__ApiKey", operatorKey)
            .WithAnnotation(new OperatorKeyAnnotation(operatorKey))
            .WaitForCompletion(migrate)
            .WaitFor(infrastructure.RabbitMq)
            .WithPromptHttpHealthCheck("/health", ResourceNames.HttpEndpoint)
            .WithConfiguredReplicas();
        configure(service);
        return service;
    }

    /// <summary>
    /// The gateway's <c>{name}-migrate</c> step: like a service's (the project started with <c>migrate</c>, applying its
    /// EF Core migrations and exiting 0), but with its database only, since the gateway uses no broker.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDatabaseMigration<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<IResourceWithConnectionString> db)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(ResourceNames.Migration(name), options => options.ExcludeLaunchProfile = true)
            .WithArgs(ResourceNames.MigrateArgument)
            .WithAppHostEnvironment(builder)
            .WithReference(db)
            .WaitFor(db)
            .WithParentRelationship(db)
            .WithIconName("DatabaseArrowUp");

    /// <summary>The service's own operator key, for the dashboard commands that call its operator endpoints.</summary>
    public static IResourceBuilder<ParameterResource> OperatorKey(this IResourceBuilder<ProjectResource> service) =>
        service.Resource.Annotations.OfType<OperatorKeyAnnotation>().Single().Key;

    private sealed record OperatorKeyAnnotation(IResourceBuilder<ParameterResource> Key) : IResourceAnnotation;

    /// <summary>
    /// Projects are started without their launch profiles, so that the AppHost alone decides ports; the environment
    /// name (Development when run from <c>./run.sh</c>) is passed on instead.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAppHostEnvironment(
        this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder) =>
        project
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);

    /// <summary>
    /// In Development, a dashboard link to the service's browsable API page (Scalar, mapped by ServiceDefaults'
    /// <c>AddPublishedApi</c> in Development only) for a service that publishes its OpenAPI document.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithApiReferenceUrl(this IResourceBuilder<ProjectResource> service) =>
        service.ApplicationBuilder.Environment.IsDevelopment()
            ? service.WithUrlForEndpoint(ResourceNames.HttpEndpoint,
                _ => new ResourceUrlAnnotation { Url = "/scalar", DisplayText = "API reference" })
            : service;
}
