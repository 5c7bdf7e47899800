using System.Net.Sockets;
using System.Text.Json;
using Onboarding.LocalServers;

namespace Onboarding.Testing.Smtp;

/// <summary>
/// A private smtp4dev for a test run: the pinned local dotnet tool (<c>.config/dotnet-tools.json</c>) on free
/// ports, with an in-memory inbox, started as a process and stopped on dispose. A watchdog stops it if the test
/// process dies first. It can be stopped and started again on the same ports, so a test can take the mail server
/// away and bring it back. Read the inbox with <see cref="CreateClient"/>.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly TestSmtpServerOptions _options;
    private readonly string _repositoryRoot;
    private readonly string _directory;
    private LocalServerProcess? _server;

    private TestSmtpServer(TestSmtpServerOptions options, string repositoryRoot, string directory)
    {
        _options = options;
        _repositoryRoot = repositoryRoot;
        _directory = directory;
    }

    /// <summary>The host the SMTP server listens on (loopback only).</summary>
    public string Host => "127.0.0.1";

    public int SmtpPort { get; } = FreePort.Next();

    public int HttpPort { get; } = FreePort.Next();

    /// <summary>smtp4dev's web inbox and REST API.</summary>
    public Uri ApiBaseUrl => new($"http://127.0.0.1:{HttpPort}/");

    public bool IsRunning => _server is { HasExited: false };

    /// <summary>Starts smtp4dev and waits until its API answers and its SMTP port accepts connections.</summary>
    public static async Task<TestSmtpServer> StartAsync(TestSmtpServerOptions? options = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "onboarding-tests", $"smtp4dev-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var server = new TestSmtpServer(options ?? new TestSmtpServerOptions(), FindRepositoryRoot(), directory);
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>A client for this server's inbox; dispose it when done.</summary>
    public Smtp4devClient CreateClient() => new(ApiBaseUrl);

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same ports, with an empty inbox.</summary>
    public async Task StartAsync()
    {
        if (IsRunning) return;
        _server = LocalServerProcess.Start(Command(), _directory);
        using var client = CreateClient();
        await Readiness.WaitAsync("smtp4dev", async () =>
        {
            if (!await client.IsRunningAsync()) throw new InvalidOperationException("smtp4dev's API does not answer yet.");
            using var smtp = new TcpClient();
            await smtp.ConnectAsync(Host, SmtpPort);
        }, _server, StartTimeout);
    }

    /// <summary>Stops the server; returns once its SMTP port refuses connections.</summary>
    public async Task StopAsync()
    {
        if (_server is null) return;
        await _server.DisposeAsync();
        _server = null;
        // `dotnet tool run` forwards the stop signal to smtp4dev, which may take a moment longer to let go.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && await SmtpPortAnswersAsync())
        {
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalTestPostgres.TryDelete(_directory);
    }

    private async Task<bool> SmtpPortAnswersAsync()
    {
        try
        {
            using var smtp = new TcpClient();
            await smtp.ConnectAsync(Host, SmtpPort).WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception exception) when (exception is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private ServerCommand Command()
    {
        string[] toolArguments =
        [
            $"--urls=http://127.0.0.1:{HttpPort}",
            $"--smtpport={SmtpPort}",
            "--bindaddress=127.0.0.1",
            "--imapport=",                 // IMAP and POP3 off: tests read through the REST API
            "--pop3port=",
            "--db=",                       // in-memory inbox
            "--hostname=localhost",
            "--nousersettings",            // ignore a developer's own ~/.config/smtp4dev settings
            $"--baseappdatapath={_directory}",
            $"--messagestokeep={_options.MessagesToKeep}",
        ];
        var environment = new Dictionary<string, string>
        {
            // The tool may target an older runtime than the one installed.
            ["DOTNET_ROLL_FORWARD"] = "Major",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        if (_options.RejectRecipientsStartingWith is { Length: > 0 } prefix)
        {
            // smtp4dev evaluates this JavaScript per RCPT TO; false makes it answer 550.
            environment["ServerOptions__RecipientValidationExpression"] =
                $"!recipient.toLowerCase().startsWith({JsonSerializer.Serialize(prefix.ToLowerInvariant())})";
        }

        // `dotnet tool run` finds the tool manifest from the working directory: run it from the repository root.
        // exec keeps one process to signal; the CLI forwards SIGTERM to smtp4dev.
        return new ServerCommand(
            "sh",
            ["-c", "cd \"$0\" && exec dotnet tool run smtp4dev -- \"$@\"", _repositoryRoot, .. toolArguments],
            environment);
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, ".config", "dotnet-tools.json"))) return directory.FullName;
            }
        }
        throw new InvalidOperationException(
            "No .config/dotnet-tools.json above the test binaries: smtp4dev is a local dotnet tool of the repository " +
            "(run `dotnet tool restore` in the repository root).");
    }
}

public sealed record TestSmtpServerOptions
{
    /// <summary>
    /// Recipients whose address starts with this prefix (case-insensitive) are refused with SMTP 550, to test
    /// permanent failures. Null: every recipient is accepted.
    /// </summary>
    public string? RejectRecipientsStartingWith { get; init; }

    /// <summary>How many messages the inbox keeps (smtp4dev's default is 100).</summary>
    public int MessagesToKeep { get; init; } = 1000;
}
