using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Onboarding.AppHost.Infrastructure;

/// <summary>Where PostgreSQL and RabbitMQ come from (config <c>Infrastructure:Mode</c>).</summary>
public enum InfrastructureMode
{
    /// <summary><see cref="Containers"/> when a container engine answers, else <see cref="Local"/>.</summary>
    Auto,
    /// <summary>Aspire's PostgreSQL and RabbitMQ containers.</summary>
    Containers,
    /// <summary>The OS-installed servers, started by the AppHost with their own data directory and ports.</summary>
    Local,
    /// <summary>Servers that already run elsewhere, given as <c>ConnectionStrings:postgres</c> and <c>ConnectionStrings:rabbitmq</c>.</summary>
    External,
}

/// <summary>
/// The <c>Infrastructure</c> configuration section. Every value can be overridden (args, environment, appsettings) so
/// that a test can start a second copy of the system next to a running <c>./run.sh</c>.
/// </summary>
public sealed class InfrastructureSettings
{
    public const string Section = "Infrastructure";

    public InfrastructureMode Mode { get; init; } = InfrastructureMode.Auto;

    /// <summary>Root of the local servers' data and generated secrets.</summary>
    public string DataDirectory { get; init; } = DefaultDataDirectory();

    public int PostgresPort { get; init; } = 54329;

    public int RabbitMqPort { get; init; } = 56729;

    /// <summary>Erlang distribution port of the local RabbitMQ node; next to the AMQP port unless set.</summary>
    public int? RabbitMqDistributionPort { get; init; }

    /// <summary>How long <see cref="InfrastructureMode.Auto"/> waits for the container engine to answer.</summary>
    public TimeSpan ContainerEngineProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public int EffectiveRabbitMqDistributionPort => RabbitMqDistributionPort ?? RabbitMqPort + 1;

    public static InfrastructureSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<InfrastructureSettings>() ?? new InfrastructureSettings();

    /// <summary>Resolves <see cref="InfrastructureMode.Auto"/> by asking the container engine whether it is running.</summary>
    public InfrastructureMode ResolveMode() =>
        Mode != InfrastructureMode.Auto ? Mode
        : ContainerEngineAnswers(ContainerEngineProbeTimeout) ? InfrastructureMode.Containers
        : InfrastructureMode.Local;

    private static string DefaultDataDirectory()
    {
        if (Environment.UserName == "root") return "/var/lib/onboarding";
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }
        return Path.Combine(dataHome, "onboarding");
    }

    /// <summary>
    /// <c>docker info</c> (or the runtime named by <c>ASPIRE_CONTAINER_RUNTIME</c>) succeeds only when the engine
    /// answers; the CLI alone is not enough. Killed after <paramref name="timeout"/> so a hung socket cannot stall start-up.
    /// </summary>
    private static bool ContainerEngineAnswers(TimeSpan timeout)
    {
        var runtime = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") is { Length: > 0 } configured ? configured : "docker";
        try
        {
            var start = new ProcessStartInfo(runtime)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("info");
            start.ArgumentList.Add("--format");
            start.ArgumentList.Add("{{.ServerVersion}}");
            using var process = Process.Start(start);
            if (process is null) return false;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0 && output.Result.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no such CLI
        }
    }
}
