using Onboarding.LocalServers;

namespace Onboarding.AppHost.Infrastructure;

/// <summary>
/// The OS-installed PostgreSQL and RabbitMQ, started by the AppHost as executables with their own data directory and
/// ports (<see cref="InfrastructureSettings"/>), so they never touch the OS's default servers and a second copy of the
/// system can run next to the first. As root, PostgreSQL runs as the <c>postgres</c> user (see LocalServers).
/// </summary>
internal static class LocalInfrastructure
{
    public static InfrastructureResources Add(IDistributedApplicationBuilder builder, InfrastructureSettings settings)
    {
        var root = Path.GetFullPath(settings.DataDirectory);
        var postgresData = Path.Combine(root, "postgres");
        var rabbitMqBase = Path.Combine(root, "rabbitmq");
        CreateDataRoot(root);

        var secrets = Path.Combine(root, "secrets");
        var postgresPassword = Secrets.StoredWithData(builder, ResourceNames.PostgresPassword, secrets);
        var rabbitMqPassword = Secrets.StoredWithData(builder, ResourceNames.RabbitMqPassword, secrets);

        var postgresServer = LocalPostgres.Server(postgresData, settings.PostgresPort);
        var postgres = builder
            .AddResource(new LocalPostgresResource(ResourceNames.Postgres, postgresServer.FileName, root, postgresPassword.Resource))
            .WithServerCommand(postgresServer)
            .WithEndpoint(port: settings.PostgresPort, targetPort: settings.PostgresPort, scheme: "tcp",
                name: ResourceNames.TcpEndpoint, isProxied: false)
            .WithPostgresHealthCheck()
            .WithIconName("DatabaseStack");
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(postgres.Resource, async (_, cancellationToken) =>
        {
            var password = await postgresPassword.Resource.GetValueAsync(cancellationToken)
                ?? throw new InvalidOperationException("The PostgreSQL password is not available.");
            // initdb on first start only; later starts keep the cluster (and its data).
            LocalPostgres.EnsureCluster(postgresData, password);
        });

        var rabbitMqNode = LocalRabbitMq.Server(rabbitMqBase, settings.RabbitMqPort, settings.EffectiveRabbitMqDistributionPort,
            nodeName: $"onboarding-{settings.RabbitMqPort}");
        var rabbitMq = builder
            .AddResource(new LocalRabbitMqResource(ResourceNames.RabbitMq, rabbitMqNode.FileName, root, rabbitMqPassword.Resource))
            .WithServerCommand(rabbitMqNode)
            .WithEndpoint(port: settings.RabbitMqPort, targetPort: settings.RabbitMqPort, scheme: "tcp",
                name: ResourceNames.TcpEndpoint, isProxied: false)
            .WithRabbitMqHealthCheck()
            .WithIconName("Mailbox");
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(rabbitMq.Resource, async (_, cancellationToken) =>
        {
            var password = await rabbitMqPassword.Resource.GetValueAsync(cancellationToken)
                ?? throw new InvalidOperationException("The RabbitMQ password is not available.");
            LocalRabbitMq.PrepareNode(rabbitMqBase, settings.RabbitMqPort, ResourceNames.RabbitMqUser, password);
        });

        return new InfrastructureResources(postgres, Databases.On(builder, postgres), rabbitMq);
    }

    private static IResourceBuilder<T> WithServerCommand<T>(this IResourceBuilder<T> builder, ServerCommand command)
        where T : ExecutableResource
    {
        builder.WithArgs([.. command.Arguments]);
        foreach (var (name, value) in command.Environment) builder.WithEnvironment(name, value);
        return builder;
    }

    /// <summary>
    /// The data root must be traversable by the <c>postgres</c> user when we are root (its cluster lives below it);
    /// the secrets beneath it are private (see <see cref="Secrets"/>).
    /// </summary>
    private static void CreateDataRoot(string root)
    {
        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, File.GetUnixFileMode(root) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}

/// <summary>The local PostgreSQL server: an executable that also has a (server-level) connection string.</summary>
internal sealed class LocalPostgresResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ParameterResource Password { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, ResourceNames.TcpEndpoint);

    // 127.0.0.1 rather than "localhost": the server listens on IPv4 loopback only.
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={LocalPostgres.Superuser};Password={Password}");
}

/// <summary>The local RabbitMQ node: an executable with an <c>amqp://</c> connection string.</summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ParameterResource Password { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, ResourceNames.TcpEndpoint);

    // The generated password is letters and digits only, so it needs no URI escaping.
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{ResourceNames.RabbitMqUser}:{Password}@127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}/");
}
