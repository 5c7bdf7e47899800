namespace Onboarding.Testing;

/// <summary>A real RabbitMQ broker that a test may stop and start again (to show nothing is lost meanwhile).</summary>
public interface ITestBroker : IAsyncDisposable
{
    /// <summary>An <c>amqp://</c> URI, as the services receive it in <c>ConnectionStrings:rabbitmq</c>.</summary>
    string ConnectionString { get; }

    Task StopAsync();

    Task StartAsync();
}

/// <summary>
/// A real PostgreSQL server on which each test class gets a fresh database; a test may stop and start it again (to show
/// that consumers outlast a database outage). Its port and data survive the restart.
/// </summary>
public interface ITestPostgres : IAsyncDisposable
{
    /// <summary>Connection string to the server's maintenance database, as a superuser.</summary>
    string ServerConnectionString { get; }

    Task StopAsync();

    Task StartAsync();
}
