namespace Onboarding.LocalServers;

/// <summary>A private RabbitMQ node from the OS packages: its own node name, ports, data and log directories.</summary>
public static class LocalRabbitMq
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>Writes the node's configuration (loopback listener, the given user) into <paramref name="baseDirectory"/>.</summary>
    public static void PrepareNode(string baseDirectory, int port, string user, string password)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} missing). Run ./run.sh or ./test.sh, which install it.");
        }

        Directory.CreateDirectory(baseDirectory);
        File.WriteAllText(Path.Combine(baseDirectory, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{port}
            default_user = {user}
            default_pass = {password}
            loopback_users = none
            """);
        File.WriteAllText(Path.Combine(baseDirectory, "enabled_plugins"), "[].");
    }

    /// <summary>
    /// The node in the foreground. HOME points into the base directory so its Erlang cookie is private, and the
    /// distribution port is fixed next to the AMQP port so several nodes can run on one machine.
    /// </summary>
    public static ServerCommand Server(string baseDirectory, int port, int distributionPort, string nodeName)
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = baseDirectory,
            ["RABBITMQ_NODENAME"] = $"{nodeName}@localhost",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(baseDirectory, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(baseDirectory, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(baseDirectory, "enabled_plugins"),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(baseDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(baseDirectory, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(baseDirectory, "rabbitmq.pid"),
        };
        return new ServerCommand(ServerScript, [], environment);
    }

    public static string ConnectionString(int port, string user, string password) =>
        $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{port}/";
}
