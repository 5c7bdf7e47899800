using System.Diagnostics;
using Npgsql;

namespace Onboarding.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ that integration tests run against: Testcontainers when a Docker engine
/// answers, otherwise private servers from the OS packages (installed by ./test.sh). Chosen with
/// <c>ONBOARDING_TEST_INFRA</c> = <c>auto</c> (default), <c>containers</c> or <c>local</c>. When neither is
/// available the tests fail with the reason; they are never skipped.
/// </summary>
public sealed class TestInfrastructure : IAsyncDisposable
{
    private static readonly Lazy<Task<TestInfrastructure>> Shared = new(StartSharedAsync);
    private readonly string _directory;

    private TestInfrastructure(ITestPostgres postgres, ITestBroker broker, string mode, string directory)
    {
        Postgres = postgres;
        Broker = broker;
        Mode = mode;
        _directory = directory;
    }

    public ITestPostgres Postgres { get; }

    public ITestBroker Broker { get; }

    /// <summary><c>containers</c> or <c>local</c>.</summary>
    public string Mode { get; }

    /// <summary>The servers shared by every test in this process; started on first use, stopped at exit.</summary>
    public static Task<TestInfrastructure> GetSharedAsync() => Shared.Value;

    /// <summary>A private pair of servers, for a test that must stop its broker without disturbing the others.</summary>
    public static Task<TestInfrastructure> StartPrivateAsync() => StartAsync();

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        // PostgreSQL names stop at 63 bytes: 30 readable characters and a unique suffix.
        var readable = new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
        var name = $"{readable}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(Postgres.ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Postgres.ServerConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<TestInfrastructure> StartSharedAsync()
    {
        var infrastructure = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => infrastructure.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return infrastructure;
    }

    private static async Task<TestInfrastructure> StartAsync()
    {
        var mode = Environment.GetEnvironmentVariable("ONBOARDING_TEST_INFRA") is { Length: > 0 } configured ? configured : "auto";
        if (mode == "auto") mode = DockerEngineAnswers() ? "containers" : "local";

        if (mode == "containers")
        {
            var postgres = await ContainerTestPostgres.CreateAsync();
            var broker = await ContainerTestBroker.CreateAsync();
            return new TestInfrastructure(postgres, broker, mode, directory: "");
        }
        if (mode == "local")
        {
            var directory = Path.Combine(Path.GetTempPath(), "onboarding-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(directory);
            // Start both at once: RabbitMQ's Erlang boot dominates.
            var postgres = LocalTestPostgres.StartAsync(directory);
            var broker = LocalTestBroker.StartAsync(directory);
            return new TestInfrastructure(await postgres, await broker, mode, directory);
        }
        throw new InvalidOperationException($"ONBOARDING_TEST_INFRA must be auto, containers or local, not '{mode}'.");
    }

    /// <summary>True when <c>docker info</c> answers within a few seconds (the CLI alone is not enough).</summary>
    private static bool DockerEngineAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null) return false;
            if (!docker.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                docker.Kill();
                return false;
            }
            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker CLI at all
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Broker.DisposeAsync();
        await Postgres.DisposeAsync();
        if (_directory.Length > 0) LocalTestPostgres.TryDelete(_directory);
    }
}
