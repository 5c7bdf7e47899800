using Microsoft.Extensions.Configuration;

namespace Onboarding.AppHost;

/// <summary>
/// Settings under <c>Load</c>: the system as the load generator (tests/Onboarding.Load) drives it. Off by default, so
/// <c>./run.sh</c> is unchanged. When <c>Load:Enabled</c> is true, the gateway's per-client limit is raised (with the
/// generator's <c>--shared-address</c> every simulated member comes from one address), traces are sampled
/// (<see cref="TraceSampleRatio"/>), mail goes to the generator's SMTP sink instead of smtp4dev (which is not
/// started), SMS and voice go to the generator's Twilio-shaped endpoint when <c>Load:PhoneProviderUrl</c> is set, and
/// membership listens on <c>Load:MembershipPort</c> so the generator can import its roster through the operator API.
/// </summary>
internal sealed class LoadProfile
{
    public const string Section = "Load";

    public bool Enabled { get; init; }

    public string SmtpHost { get; init; } = "127.0.0.1";

    public int SmtpPort { get; init; }

    /// <summary>Base URL of a Twilio-shaped Messages API (the generator's); unset keeps the development phone sink.</summary>
    public string? PhoneProviderUrl { get; init; }

    /// <summary>
    /// Where wallet-link calls the wallet provider server to server instead of the sandbox: the generator's proxy for
    /// the provider-flaky fault, which forwards to the sandbox on <see cref="WalletSandboxPort"/>. Members' browsers
    /// still go to the sandbox itself. Unset: wallet-link calls the sandbox.
    /// </summary>
    public string? ProviderProxyUrl { get; init; }

    /// <summary>A fixed port for the sandbox, so that the proxy knows where to forward.</summary>
    public int? WalletSandboxPort { get; init; }

    public int GatewayPermitsPerMinute { get; init; } = 1_000_000;

    public int? MembershipPort { get; init; }

    /// <summary>
    /// Share of traces recorded and exported (parent-based, so a journey's request is traced through every service or
    /// not at all). Every request traced made the dashboard's OTLP intake the slowest part at 2 journeys/s (exports
    /// timing out after 10 s); a load run needs the figures, not every trace.
    /// </summary>
    public double TraceSampleRatio { get; init; } = 0.02;

    /// <summary>
    /// The soak (the generator's <c>--soak</c>): retention passes every minute, each pruned table keeping rows
    /// <see cref="SoakKeep"/> past the point its rule measures from instead of hours or days, so that a 30-minute run
    /// shows whether the tables level off. The security limits that rest on kept rows (the daily code caps) are
    /// shortened with them: a soak setting, never a deployment's.
    /// </summary>
    public bool Soak { get; init; }

    public static readonly TimeSpan SoakInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan SoakKeep = TimeSpan.FromMinutes(2);

    /// <summary>The tables with a retention rule (docs/architecture.md §10.1), as <c>Retention:Keep</c> names them.</summary>
    private static readonly string[] PrunedTables =
    [
        "lookups", "passcode_challenges", "lookup_attempt_budgets", "lookup_client_budgets",
        "email_code_challenges", "phone_code_challenges", "sign_in_code_challenges", "password_reset_codes",
        "sign_ins", "password_resets", "signup_flows", "sign_in_lockouts", "open_iddict_tokens", "open_iddict_authorizations",
        "deliveries", "phone_messages", "link_attempts", "inbox_messages",
    ];

    /// <summary>Samples every project's traces (the OpenTelemetry SDK reads the standard variables).</summary>
    public void SampleTraces(IDistributedApplicationBuilder builder)
    {
        if (!Enabled) return;
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_TRACES_SAMPLER", "parentbased_traceidratio")
                .WithEnvironment("OTEL_TRACES_SAMPLER_ARG", TraceSampleRatio.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>In a soak, every project's retention runs every minute and keeps rows two minutes (see <see cref="Soak"/>).</summary>
    public void CompressRetention(IDistributedApplicationBuilder builder)
    {
        if (!Enabled || !Soak) return;
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            var resource = builder.CreateResourceBuilder(project).WithEnvironment("Retention__Interval", SoakInterval.ToString("c"));
            foreach (var table in PrunedTables) resource.WithEnvironment($"Retention__Keep__{table}", SoakKeep.ToString("c"));
        }
    }

    public static LoadProfile From(IConfiguration configuration)
    {
        var profile = configuration.GetSection(Section).Get<LoadProfile>() ?? new LoadProfile();
        if (profile.Enabled && profile.SmtpPort <= 0)
        {
            throw new InvalidOperationException("Load:Enabled needs Load:SmtpPort (the load generator's SMTP sink).");
        }
        if (profile.ProviderProxyUrl is not null && profile.WalletSandboxPort is null)
        {
            throw new InvalidOperationException("Load:ProviderProxyUrl needs Load:WalletSandboxPort (where the proxy forwards to).");
        }
        return profile;
    }
}
