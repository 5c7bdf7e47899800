using Npgsql;
using Onboarding.LocalServers;

namespace Onboarding.Testing;

/// <summary>A throw-away PostgreSQL cluster from the OS packages, on a free port, in a temporary directory.</summary>
internal sealed class LocalTestPostgres : ITestPostgres
{
    private const string Password = "test-only-password";
    private readonly string _directory;
    private readonly int _port = FreePort.Next();
    private LocalServerProcess? _server;

    private LocalTestPostgres(string directory)
    {
        _directory = directory;
        ServerConnectionString = LocalPostgres.ConnectionString(_port, Password);
    }

    public string ServerConnectionString { get; }

    private string DataDirectory => Path.Combine(_directory, "postgres");

    public static async Task<LocalTestPostgres> StartAsync(string directory)
    {
        var postgres = new LocalTestPostgres(directory);
        LocalPostgres.EnsureCluster(postgres.DataDirectory, Password);
        await postgres.StartAsync();
        return postgres;
    }

    public async Task StartAsync()
    {
        if (_server is not null) return;
        _server = LocalServerProcess.Start(LocalPostgres.Server(DataDirectory, _port), DataDirectory);
        await Readiness.WaitAsync("PostgreSQL", async () =>
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
        }, _server, TimeSpan.FromSeconds(60));
    }

    /// <summary>Stops the server process itself (a fast shutdown): clients see refused connections until it starts again.</summary>
    public async Task StopAsync()
    {
        if (_server is null) return;
        await _server.DisposeAsync();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await StopAsync();
        TryDelete(DataDirectory);
    }

    internal static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
