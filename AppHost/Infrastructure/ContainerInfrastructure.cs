namespace Onboarding.AppHost.Infrastructure;

/// <summary>PostgreSQL and RabbitMQ as containers, for machines with a container engine.</summary>
internal static class ContainerInfrastructure
{
    // Pinned (the tags Aspire.Hosting 13.6 ships with), never "latest", so every machine runs the same servers.
    // WithManagementPlugin turns the RabbitMQ tag into its "-management" variant.
    private const string PostgresImageTag = "18.3";
    private const string RabbitMqImageTag = "4.3";

    public static InfrastructureResources Add(IDistributedApplicationBuilder builder)
    {
        var postgresPassword = Secrets.Generated(builder, ResourceNames.PostgresPassword);
        var rabbitMqPassword = Secrets.Generated(builder, ResourceNames.RabbitMqPassword);
        var rabbitMqUser = builder.AddParameter($"{ResourceNames.RabbitMq}-user", ResourceNames.RabbitMqUser);

        // Data volumes keep the databases across runs; the passwords are persisted with them (user secrets).
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: postgresPassword)
            .WithImageTag(PostgresImageTag)
            .WithDataVolume();

        var databases = ResourceNames.Databases.ToDictionary(
            name => name,
            name => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(name));

        var rabbitMq = builder.AddRabbitMQ(ResourceNames.RabbitMq, rabbitMqUser, rabbitMqPassword)
            .WithImageTag(RabbitMqImageTag)
            .WithManagementPlugin()
            .WithDataVolume();

        return new InfrastructureResources(postgres, databases, rabbitMq);
    }
}
