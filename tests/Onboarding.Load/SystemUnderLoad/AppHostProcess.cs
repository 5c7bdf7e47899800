using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Onboarding.Load.SystemUnderLoad;

/// <summary>Ports and settings of the system the generator starts: where it listens and where it finds the generator.</summary>
public sealed record LoadProfileSettings(
    int GatewayPort, int MembershipPort, int SmtpPort, int PhonePort, string OperatorKey,
    string DataDirectory, int PostgresPort, int RabbitMqPort, int? ProviderProxyPort = null, int? WalletSandboxPort = null,
    bool Soak = false, int Replicas = 1)
{
    public Uri? ProviderProxyUrl => ProviderProxyPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;

    public Uri? WalletSandboxUrl => WalletSandboxPort is { } port ? new Uri($"http://localhost:{port}/") : null;

    /// <summary>The AppHost's arguments: the load profile (AppHost/LoadProfile.cs) and private local servers.</summary>
    public IEnumerable<string> Arguments() =>
    [
        .. ProviderProxyPort is null ? [] : new[] { $"--Load:ProviderProxyUrl={ProviderProxyUrl}", $"--Load:WalletSandboxPort={WalletSandboxPort}" },
        "--Load:Enabled=true",
        .. Soak ? new[] { "--Load:Soak=true" } : [],
        .. Replicas > 1 ? new[] { $"--Onboarding:Replicas={Replicas}" } : [],
        $"--Load:SmtpPort={SmtpPort}",
        $"--Load:PhoneProviderUrl=http://127.0.0.1:{PhonePort}",
        $"--Load:MembershipPort={MembershipPort}",
        $"--Gateway:HttpPort={GatewayPort}",
        $"--Parameters:membership-operator-key={OperatorKey}",
        "--Infrastructure:Mode=local",
        $"--Infrastructure:DataDirectory={DataDirectory}",
        $"--Infrastructure:PostgresPort={PostgresPort}",
        $"--Infrastructure:RabbitMqPort={RabbitMqPort}",
    ];

    /// <summary>The superuser connection of the private PostgreSQL (its password is kept next to its data).</summary>
    public string PostgresConnectionString() =>
        $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Password={File.ReadAllText(Path.Combine(DataDirectory, "secrets", "postgres-password")).Trim()};Database=postgres";
}

/// <summary>
/// The real system, started the way <c>./run.sh</c> starts it but from the Release build (<c>dotnet
/// AppHost/bin/Release/net10.0/Onboarding.AppHost.dll</c>) with the load profile, and stopped with SIGTERM so that the
/// AppHost stops every process it started (services, PostgreSQL, RabbitMQ).
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppHostProcess(Process process, Uri resourceService)
    {
        _process = process;
        ResourceService = resourceService;
    }

    public int Pid => _process.Id;

    /// <summary>The AppHost's resource service (what its dashboard talks to; the kill-service fault restarts through it).</summary>
    public Uri ResourceService { get; }

    public static AppHostProcess Start(string repositoryRoot, LoadProfileSettings settings, string logPath)
    {
        var dll = Path.Combine(repositoryRoot, "AppHost", "bin", "Release", "net10.0", "Onboarding.AppHost.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the AppHost in Release first: dotnet build AppHost -c Release ({dll} is missing).");
        }
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(repositoryRoot, "AppHost") };
        start.ArgumentList.Add(dll);
        foreach (var argument in settings.Arguments()) start.ArgumentList.Add(argument);
        // As ./run.sh: Development (the services' development settings), a dashboard without login, on free ports.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{FreePort.Next()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}";
        var resourceService = new Uri($"http://localhost:{FreePort.Next()}");
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = resourceService.ToString().TrimEnd('/');

        var process = ChildProcess.StartLogged(start, logPath, "The AppHost");
        return new AppHostProcess(process, resourceService);
    }

    /// <summary>Waits until the gateway's /health answers 200 (the gateway starts last, after every service).</summary>
    public Task WaitForGatewayAsync(Uri gateway, TimeSpan timeout, CancellationToken cancellationToken) =>
        ChildProcess.WaitForHealthAsync(_process, "The AppHost", new Uri(gateway, "/health"), timeout, TimeSpan.FromSeconds(2), cancellationToken);

    /// <summary>SIGTERM, then up to 90 s for the AppHost to stop everything it started; SIGKILL only as a last resort.</summary>
    public async ValueTask DisposeAsync() => await ChildProcess.StopAsync(_process, "The AppHost", TimeSpan.FromSeconds(90));
}

internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
