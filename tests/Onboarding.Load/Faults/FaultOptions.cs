using System.Globalization;

namespace Onboarding.Load.Faults;

/// <summary>The fault scenarios of issue 12 point 4 (docs/benchmarks.md, "Faults under load").</summary>
public enum FaultKind
{
    /// <summary>RabbitMQ's application stopped (<c>rabbitmqctl stop_app</c>) for the duration, then started again.</summary>
    RabbitMqStop,
    /// <summary>PostgreSQL's server processes restarted through its crash-restart cycle (see <see cref="PostgresRestart"/>).</summary>
    PostgresRestart,
    /// <summary>The generator's SMTP sink stops listening for the duration (connections refused), then listens again.</summary>
    SmtpDown,
    /// <summary>The wallet provider, as wallet-link reaches it, fails 30 % of calls and is 1 s slow for the duration.</summary>
    ProviderFlaky,
    /// <summary>One service process killed with SIGKILL, then started again through the AppHost.</summary>
    KillService,
}

/// <summary>
/// <c>--fault NAME</c> (<c>rabbitmq-stop</c>, <c>postgres-restart</c>, <c>smtp-down</c>, <c>provider-flaky</c>,
/// <c>kill-service:RESOURCE</c>), <c>--fault-at S</c> seconds into the measured window (default 20) and
/// <c>--fault-for S</c> where the fault lasts (defaults: 60 s RabbitMQ, 120 s SMTP, 60 s provider; a restart and a kill
/// last as long as the system takes to come back).
/// </summary>
public sealed record FaultOptions(FaultKind Kind, TimeSpan At, TimeSpan Duration, string? Service = null)
{
    public static readonly TimeSpan DefaultAt = TimeSpan.FromSeconds(20);

    /// <summary>The resources a <c>kill-service</c> may name (AppHost/ResourceNames.cs) and their processes' assembly.</summary>
    public static readonly IReadOnlyDictionary<string, string> Services = new Dictionary<string, string>
    {
        ["gateway"] = "Onboarding.Gateway",
        ["membership"] = "Onboarding.Membership",
        ["identity-portal"] = "Onboarding.IdentityPortal",
        ["notification"] = "Onboarding.Notification",
        ["wallet-link"] = "Onboarding.WalletLink",
        ["wallet-sandbox"] = "Onboarding.WalletSandbox",
    };

    public string Name => Kind switch
    {
        FaultKind.RabbitMqStop => "rabbitmq-stop",
        FaultKind.PostgresRestart => "postgres-restart",
        FaultKind.SmtpDown => "smtp-down",
        FaultKind.ProviderFlaky => "provider-flaky",
        FaultKind.KillService => $"kill-service:{Service}",
        _ => Kind.ToString(),
    };

    /// <summary>Whether the fault is held for <see cref="Duration"/> (an outage) rather than done once (a restart, a kill).</summary>
    public bool IsHeld => Kind is FaultKind.RabbitMqStop or FaultKind.SmtpDown or FaultKind.ProviderFlaky;

    public static TimeSpan DefaultDuration(FaultKind kind) => kind switch
    {
        FaultKind.RabbitMqStop => TimeSpan.FromSeconds(60),
        FaultKind.SmtpDown => TimeSpan.FromSeconds(120),
        FaultKind.ProviderFlaky => TimeSpan.FromSeconds(60),
        _ => TimeSpan.Zero,
    };

    /// <summary>The scenario named on the command line, with the default time and duration.</summary>
    public static FaultOptions Named(string name)
    {
        var (kind, service) = name switch
        {
            "rabbitmq-stop" => (FaultKind.RabbitMqStop, null),
            "postgres-restart" => (FaultKind.PostgresRestart, null),
            "smtp-down" => (FaultKind.SmtpDown, null),
            "provider-flaky" => (FaultKind.ProviderFlaky, null),
            _ when name.StartsWith("kill-service:", StringComparison.Ordinal) => (FaultKind.KillService, name["kill-service:".Length..]),
            _ => throw new ArgumentException(
                $"Unknown fault {name}: rabbitmq-stop, postgres-restart, smtp-down, provider-flaky or kill-service:<{string.Join('|', Services.Keys)}>."),
        };
        if (kind == FaultKind.KillService && (service is null || !Services.ContainsKey(service)))
        {
            throw new ArgumentException($"kill-service needs one of {string.Join(", ", Services.Keys)} (e.g. kill-service:membership).");
        }
        return new FaultOptions(kind, DefaultAt, DefaultDuration(kind), service);
    }

    /// <summary>Seconds from the command line, checked.</summary>
    public static TimeSpan Seconds(string value, string option)
    {
        var seconds = double.Parse(value, CultureInfo.InvariantCulture);
        return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"{option} must not be negative.");
    }

    public override string ToString() =>
        IsHeld ? $"{Name} at {At.TotalSeconds:0} s for {Duration.TotalSeconds:0} s" : $"{Name} at {At.TotalSeconds:0} s";
}
