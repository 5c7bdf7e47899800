using Npgsql;
using Onboarding.LocalServers;

namespace Onboarding.Testing;

/// <summary>A throw-away PostgreSQL cluster from the OS packages, on a free port, in a temporary directory.</summary>
internal sealed class LocalTestPostgres : ITestPostgres
{
    private const string Password = "test-only-password";
    private readonly string _directory;
    private readonly LocalServerProcess _server;

    private LocalTestPostgres(string directory, LocalServerProcess server, int port)
    {
        _directory = directory;
        _server = server;
        ServerConnectionString = LocalPostgres.ConnectionString(port, Password);
    }

    public string ServerConnectionString { get; }

    public static async Task<LocalTestPostgres> StartAsync(string directory)
    {
        var dataDirectory = Path.Combine(directory, "postgres");
        LocalPostgres.EnsureCluster(dataDirectory, Password);
        var port = FreePort.Next();
        var server = LocalServerProcess.Start(LocalPostgres.Server(dataDirectory, port), dataDirectory);
        var postgres = new LocalTestPostgres(directory, server, port);
        await Readiness.WaitAsync("PostgreSQL", async () =>
        {
            await using var connection = new NpgsqlConnection(postgres.ServerConnectionString);
            await connection.OpenAsync();
        }, server, TimeSpan.FromSeconds(60));
        return postgres;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _server.DisposeAsync();
        TryDelete(Path.Combine(_directory, "postgres"));
    }

    internal static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
