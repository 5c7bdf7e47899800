using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;

namespace Onboarding.AppHost.Infrastructure;

/// <summary>
/// Real health checks for servers Aspire does not know (the local and external ones): they log in, so "healthy" on
/// the dashboard means a service could connect right now.
/// </summary>
internal static class ServerHealthChecks
{
    public static IResourceBuilder<T> WithPostgresHealthCheck<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString
    {
        // Prompt (PromptHealthChecks): every migrate step waits for this check's first "healthy".
        var resource = builder.Resource;
        return builder.WithPromptHealthCheck($"{resource.Name}_postgres_check", new PostgresHealthCheck(resource));
    }

    public static IResourceBuilder<T> WithRabbitMqHealthCheck<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString
    {
        // One check instance (and so one broker connection) for the AppHost's lifetime; prompt (PromptHealthChecks):
        // every migrate step waits for its first "healthy".
        var resource = builder.Resource;
        return builder.WithPromptHealthCheck($"{resource.Name}_rabbitmq_check", new RabbitMqHealthCheck(resource));
    }

    /// <summary>Opens a connection and runs <c>SELECT 1</c>.</summary>
    private sealed class PostgresHealthCheck(IResourceWithConnectionString server) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var connectionString = await server.GetConnectionStringAsync(cancellationToken)
                    ?? throw new InvalidOperationException($"The connection string of '{server.Name}' is not available.");
                // No pooling: a health check must prove a fresh login works, and must not pin server connections.
                var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy(exception.Message, exception);
            }
        }
    }

    /// <summary>
    /// Keeps one AMQP connection open and reports whether it is (re-opening it when it is not), rather than logging a
    /// connect/disconnect pair in the broker's log every few seconds. Not disposable on purpose: the health check
    /// service may dispose checks after each run; the connection ends with the AppHost.
    /// </summary>
    private sealed class RabbitMqHealthCheck(IResourceWithConnectionString broker) : IHealthCheck
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private IConnection? _connection;

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (_connection is { IsOpen: true }) return HealthCheckResult.Healthy();
                if (_connection is not null)
                {
                    await _connection.DisposeAsync();
                    _connection = null;
                }

                var connectionString = await broker.GetConnectionStringAsync(cancellationToken)
                    ?? throw new InvalidOperationException($"The connection string of '{broker.Name}' is not available.");
                var factory = new ConnectionFactory
                {
                    Uri = new Uri(connectionString),
                    ClientProvidedName = "onboarding-apphost-health",
                    RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
                    AutomaticRecoveryEnabled = false,
                };
                _connection = await factory.CreateConnectionAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy(exception.Message, exception);
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
