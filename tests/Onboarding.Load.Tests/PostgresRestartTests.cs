using Npgsql;
using Onboarding.Load.Faults;
using Onboarding.Testing;

namespace Onboarding.Load.Tests;

public sealed class PostgresRestartTests
{
    [Fact]
    public async Task The_restart_cuts_every_client_connection_and_the_same_server_answers_again()
    {
        // Private servers: the crash restart would cut the shared ones' connections under other tests.
        await using var servers = await TestInfrastructure.StartPrivateAsync();
        var server = servers.Postgres.ServerConnectionString;
        await using var client = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await client.OpenAsync();
        var timeline = new FaultTimeline();
        var restart = new PostgresRestart(server);

        await restart.BeginAsync(timeline, CancellationToken.None);
        await restart.EndAsync(timeline, CancellationToken.None);

        // Another client's connection is gone (its backend was terminated by the crash restart) ...
        await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var command = new NpgsqlCommand("SELECT 1", client);
            await command.ExecuteScalarAsync();
        });
        // ... and a new one is answered by the same server, which never exited.
        await using var again = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await again.OpenAsync();
        await using var answer = new NpgsqlCommand("SELECT 1", again);
        Assert.Equal(1, await answer.ExecuteScalarAsync());
        Assert.Contains(timeline.Notes, note => note.StartsWith("PostgreSQL backend ", StringComparison.Ordinal));
        Assert.Contains(timeline.Notes, note => note.StartsWith("PostgreSQL accepting connections again", StringComparison.Ordinal));
    }
}
