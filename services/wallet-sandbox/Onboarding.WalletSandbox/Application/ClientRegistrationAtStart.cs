using Npgsql;

namespace Onboarding.WalletSandbox.Application;

/// <summary>
/// Registers the configured clients again when the service starts, so a client added to the configuration works
/// without a new migrate run. Before the migrate step has created the tables it only warns; the migrate step
/// registers them then.
/// </summary>
public sealed class ClientRegistrationAtStart(IServiceProvider services, ILogger<ClientRegistrationAtStart> logger) : IHostedService
{
    private const string UndefinedTable = "42P01";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await services.RegisterConfiguredClientsAsync();
        }
        catch (PostgresException exception) when (exception.SqlState == UndefinedTable)
        {
            logger.LogWarning("OAuth clients not registered at start: the database is not migrated yet (the migrate step registers them).");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
