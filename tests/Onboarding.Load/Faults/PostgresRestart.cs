using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Onboarding.Load.Faults;

/// <summary>
/// PostgreSQL restarted, as far as it can be without the AppHost losing the resource. The AppHost runs the server as
/// an executable (AppHost/Infrastructure/LocalInfrastructure.cs); Aspire does not start an executable again once it
/// exits, so stopping the postmaster (<c>pg_ctl restart</c>, a signal to it) would leave the system without a database
/// for the rest of the run. Instead one backend (this fault's own connection) is killed with SIGKILL: the postmaster
/// then does its crash restart (restart_after_crash, on by default) — it terminates every other server process, so
/// every client connection of every service is cut, throws away shared memory, replays the WAL from the last
/// checkpoint and accepts connections again. Everything but the postmaster's own process is new, which is more than
/// <c>pg_terminate_backend</c> of every client would do (that leaves the server and its caches as they were).
/// </summary>
public sealed class PostgresRestart(string connectionString) : IFault
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);

    public async Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "onboarding-load-fault", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        int pid;
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
            pid = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            // Killed while this connection holds it open: closed first, the backend would simply exit.
            await Commands.RunAsync("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)], null, cancellationToken);
        }
        finally
        {
            await CloseBrokenAsync(connection);
        }
        timeline.Note($"PostgreSQL backend {pid} killed with SIGKILL: the postmaster's crash restart cut every connection and replayed the WAL");
    }

    private static async Task CloseBrokenAsync(NpgsqlConnection connection)
    {
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or System.Net.Sockets.SocketException)
        {
            // Its backend was just killed: nothing to close politely.
        }
    }

    /// <summary>Returns when the server accepts a new connection and answers a query again.</summary>
    public async Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "onboarding-load-fault", Pooling = false, Timeout = 2 };
        var waited = Stopwatch.StartNew();
        // Give the postmaster the moment it needs to see its child die; a connection before that would still succeed.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                timeline.Note($"PostgreSQL accepting connections again {waited.Elapsed.TotalSeconds:0.0} s after the kill");
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException && waited.Elapsed < ReadyTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
