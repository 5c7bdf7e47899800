using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Onboarding.Testing;

/// <summary>
/// PostgreSQL in a container (Testcontainers), used when a Docker engine answers. Bound to a fixed host port, like the
/// broker below, so that the connection string stays valid when a test stops and starts it.
/// </summary>
internal sealed class ContainerTestPostgres(PostgreSqlContainer container) : ITestPostgres
{
    public string ServerConnectionString { get; } = container.GetConnectionString();

    public static async Task<ContainerTestPostgres> CreateAsync()
    {
        var container = new PostgreSqlBuilder("postgres:17.6-alpine").WithPortBinding(FreePort.Next(), 5432).Build();
        await container.StartAsync();
        return new ContainerTestPostgres(container);
    }

    public Task StopAsync() => container.StopAsync();

    public Task StartAsync() => container.StartAsync();

    public ValueTask DisposeAsync() => container.DisposeAsync();
}

/// <summary>
/// RabbitMQ in a container. The AMQP port is bound to a fixed host port so that the connection string stays valid
/// when a test stops and starts the broker (Docker would otherwise pick a new random port on restart).
/// </summary>
internal sealed class ContainerTestBroker(RabbitMqContainer container, int hostPort) : ITestBroker
{
    public string ConnectionString => $"amqp://rabbitmq:rabbitmq@127.0.0.1:{hostPort}/";

    public static async Task<ContainerTestBroker> CreateAsync()
    {
        var hostPort = FreePort.Next();
        var container = new RabbitMqBuilder("rabbitmq:3.13-alpine")
            .WithUsername("rabbitmq").WithPassword("rabbitmq")
            .WithPortBinding(hostPort, 5672)
            .Build();
        await container.StartAsync();
        return new ContainerTestBroker(container, hostPort);
    }

    public Task StopAsync() => container.StopAsync();

    public Task StartAsync() => container.StartAsync();

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
