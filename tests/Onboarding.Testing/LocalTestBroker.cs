using Onboarding.LocalServers;
using RabbitMQ.Client;

namespace Onboarding.Testing;

/// <summary>A throw-away RabbitMQ node from the OS packages; stopping and starting it keeps its data and ports.</summary>
internal sealed class LocalTestBroker : ITestBroker
{
    private const string User = "onboarding";
    private const string Password = "test-only-password";
    private readonly string _directory;
    private readonly int _port = FreePort.Next();
    private readonly int _distributionPort = FreePort.Next();
    private readonly string _nodeName = $"onboarding-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40];
    private LocalServerProcess? _server;

    private LocalTestBroker(string directory)
    {
        _directory = directory;
        ConnectionString = LocalRabbitMq.ConnectionString(_port, User, Password);
    }

    public string ConnectionString { get; }

    public static async Task<LocalTestBroker> StartAsync(string directory)
    {
        var broker = new LocalTestBroker(Path.Combine(directory, "rabbitmq"));
        LocalRabbitMq.PrepareNode(broker._directory, broker._port, User, Password);
        await broker.StartAsync();
        return broker;
    }

    public async Task StartAsync()
    {
        if (_server is not null) return;
        _server = LocalServerProcess.Start(LocalRabbitMq.Server(_directory, _port, _distributionPort, _nodeName), _directory);
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
        await Readiness.WaitAsync("RabbitMQ", async () =>
        {
            await using var connection = await factory.CreateConnectionAsync();
        }, _server, TimeSpan.FromSeconds(90));
    }

    public async Task StopAsync()
    {
        if (_server is null) return;
        await _server.DisposeAsync();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalTestPostgres.TryDelete(_directory);
    }
}
