namespace Onboarding.Load.Faults;

/// <summary>
/// The broker stopped: <c>rabbitmqctl stop_app</c> on the AppHost's local node, later <c>start_app</c>. The node's Erlang
/// VM keeps running, so Aspire keeps the resource (an executable) instead of marking it exited — only its health check
/// fails — while every AMQP connection is closed and no message is accepted, exactly as a broker down. The node name
/// and Erlang cookie are the ones AppHost/Infrastructure/LocalInfrastructure.cs gives it: <c>onboarding-PORT@localhost</c>,
/// with HOME (where the cookie lives) in the data directory's <c>rabbitmq</c> folder.
/// </summary>
public sealed class RabbitMqStop(string dataDirectory, int amqpPort) : IFault
{
    // Straight to the CLI rather than /usr/sbin/rabbitmqctl, whose wrapper would switch to the rabbitmq user (and its HOME).
    private const string Control = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    public string Node => $"onboarding-{amqpPort}@localhost";

    public Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken) => RunAsync("stop_app", timeline, cancellationToken);

    public Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken) => RunAsync("start_app", timeline, cancellationToken);

    private async Task RunAsync(string command, FaultTimeline timeline, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["HOME"] = Path.Combine(dataDirectory, "rabbitmq") };
        await Commands.RunAsync(Control, ["-n", Node, command], environment, cancellationToken);
        timeline.Note($"rabbitmqctl -n {Node} {command}");
    }
}
