using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Onboarding.Load.Arrivals;
using Onboarding.Load.Ceilings;
using Onboarding.Load.Codes;
using Onboarding.Load.Faults;
using Onboarding.Load.Journeys;
using Onboarding.Load.Metrics;
using Onboarding.Load.Roster;
using Onboarding.Load.SystemUnderLoad;

namespace Onboarding.Load;

/// <summary>
/// One run: the sinks up, the system up (started here, or given), the roster imported, journeys driven by the
/// arrival model through the warm-up and the measured window while /proc and PostgreSQL are sampled, then the report.
/// </summary>
public static class LoadRun
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(15);
    // The system's own PostgreSQL and RabbitMQ, started by the AppHost next to (not on) ./run.sh's ports.
    private const int PostgresPort = 55429;
    private const int RabbitMqPort = 56829;
    private static readonly string DataDirectory = Path.Combine(Path.GetTempPath(), "onboarding-load", "data");

    /// <summary>How long after a fault's end the backlog is still read while it has not drained.</summary>
    private static readonly TimeSpan FaultDrainLimit = TimeSpan.FromMinutes(5);

    public static async Task<LoadReport> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var codes = new CodeMailbox();
        var metrics = new LoadMetrics();
        using var sinks = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var smtpPort = options.SmtpPort ?? FreePort.Next();
        var phonePort = options.PhonePort ?? FreePort.Next();
        var smtp = new SmtpCodeSink(codes, smtpPort);
        var smtpRunning = smtp.Start(sinks.Token);
        await using var phone = await StartPhoneSinkAsync(codes, phonePort, sinks.Token);
        Say($"sinks: SMTP on 127.0.0.1:{smtpPort}, Twilio-shaped phone API on http://127.0.0.1:{phonePort}");

        // The provider-flaky fault's proxy sits between wallet-link and the sandbox for the whole run (off until the fault).
        var providerFailures = options.Fault?.Kind == FaultKind.ProviderFlaky ? ProviderFailures.Flaky() : null;
        ProviderProxy? providerProxy = null;
        AppHostProcess? appHost = null;
        RunLock? runLock = null;
        try
        {
            Uri gateway, membership;
            string operatorKey;
            string? postgres = options.Postgres;
            if (options.StartsAppHost)
            {
                runLock = RunLock.Acquire(Path.GetDirectoryName(DataDirectory)!);
                await ServerPorts.WaitUntilFreeAsync([PostgresPort, RabbitMqPort], TimeSpan.FromMinutes(2), cancellationToken);
                var settings = new LoadProfileSettings(
                    GatewayPort: FreePort.Next(), MembershipPort: FreePort.Next(), SmtpPort: smtpPort, PhonePort: phonePort,
                    OperatorKey: Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                    DataDirectory: DataDirectory, PostgresPort: PostgresPort, RabbitMqPort: RabbitMqPort,
                    ProviderProxyPort: providerFailures is null ? null : FreePort.Next(),
                    WalletSandboxPort: providerFailures is null ? null : FreePort.Next(),
                    Soak: options.Soak, Replicas: options.Replicas);
                if (providerFailures is not null)
                {
                    providerProxy = await ProviderProxy.StartAsync(settings.ProviderProxyPort!.Value, settings.WalletSandboxUrl!, providerFailures, sinks.Token);
                    Say($"provider proxy on {settings.ProviderProxyUrl} → {settings.WalletSandboxUrl} (wallet-link's calls only)");
                }
                var log = Path.Combine(Path.GetTempPath(), "onboarding-load", "apphost.log");
                Directory.CreateDirectory(Path.GetDirectoryName(log)!);
                appHost = AppHostProcess.Start(RepositoryRoot(), settings, log);
                gateway = new Uri($"http://localhost:{settings.GatewayPort}");
                membership = new Uri($"http://localhost:{settings.MembershipPort}");
                operatorKey = settings.OperatorKey;
                Say($"AppHost started (pid {appHost.Pid}, log {log}); waiting for the gateway at {gateway} ...");
                var waited = Stopwatch.StartNew();
                await appHost.WaitForGatewayAsync(gateway, StartTimeout, cancellationToken);
                Say($"system up in {waited.Elapsed.TotalSeconds:0} s");
                postgres ??= settings.PostgresConnectionString();
            }
            else
            {
                (gateway, membership, operatorKey) = (options.Gateway!, options.Membership!, options.OperatorKey!);
            }

            var rosterPrefix = Random.Shared.Next(8000, 9000);
            var members = GeneratedRoster.Members(options.RosterSize, rosterPrefix);
            var imported = Stopwatch.StartNew();
            Say($"roster: {await RosterUpload.ImportAsync(membership, operatorKey, members, cancellationToken)} ({imported.Elapsed.TotalSeconds:0.0} s)");

            var processes = new ProcessSampler(appHost?.Pid, perReplica: options.Replicas > 1);
            await using var database = postgres is null ? null : new DatabaseSampler(postgres, options.Soak ? ServiceDatabases : OutboxDatabases);
            var growth = options.Soak && database is not null ? new GrowthSeries() : null;
            var outcomes = new JourneyOutcomes();
            var context = new JourneyContext(gateway, codes, metrics, options.EffectiveCodeTimeout, !options.SharedAddress, options.Presses, outcomes);
            var next = -1;
            async Task<bool> Journey(CancellationToken token)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= members.Count) return false;
                await new MemberJourney(context, members[index]).RunAsync(token);
                return true;
            }

            Say($"running: {options.Arrivals}, warm-up {options.WarmUp.TotalSeconds:0} s, measured {options.Duration.TotalSeconds:0} s");
            var runner = new ArrivalRunner(options.Arrivals, options.WarmUp + options.Duration, options.Drain);
            using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var sampling = SampleDuringWindowAsync(options, metrics, processes, database, growth, window.Token);
            await using var faultDatabase = options.Fault is null || postgres is null ? null : new DatabaseSampler(postgres, OutboxDatabases);
            var faultRun = options.Fault is { } fault
                ? new FaultRun(fault, FaultOf(fault, smtp, providerFailures, appHost, postgres), ReadBacklog(faultDatabase), FaultDrainLimit)
                : null;
            var faulting = faultRun?.RunAsync(options.WarmUp, Say, cancellationToken) ?? Task.CompletedTask;
            await runner.RunAsync(Journey, cancellationToken);
            await sampling;
            if (faultRun is not null)
            {
                Say("journeys done; waiting for the fault's end and the outbox to drain ...");
                await faulting;
            }

            CeilingFigures? ceilings = null;
            if (options.Ceilings && postgres is not null)
            {
                // After the journeys have drained, so that neither takes the other's CPU; on the roster just imported.
                var membershipDb = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = "membershipdb" }.ConnectionString;
                ceilings = await CeilingsRun.RunAsync(membershipDb, members, new RosterRange(rosterPrefix, members.Count), membership,
                    new CeilingOptions(), "after the journeys, the system's PostgreSQL", cancellationToken);
            }
            else if (options.Ceilings)
            {
                Say("ceilings skipped: they need the system's PostgreSQL (--postgres)");
            }

            var faultReport = faultRun is null ? null : new FaultReport(options.Fault!, faultRun.Timeline, outcomes, codes.Received, codes.Duplicates);
            var shape = options.Replicas > 1 ? $"{options.Arrivals}, {options.Replicas} replicas of every service" : options.Arrivals.ToString()!;
            return new LoadReport(shape, options.WarmUp, metrics, runner.MostInFlight, codes.Received, codes.Duplicates, codes.WithoutCode,
                processes.Figures(), database?.PeakConnections, database?.PeakConnectionsByDatabase, database?.PeakBacklog, ceilings, faultReport, growth);
        }
        finally
        {
            if (appHost is not null)
            {
                Say("stopping the AppHost (SIGTERM) ...");
                await appHost.DisposeAsync();
            }
            if (providerProxy is not null) await providerProxy.DisposeAsync();
            runLock?.Dispose();
            await sinks.CancelAsync();
            await Task.WhenAny(smtpRunning, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
        }
    }

    private static readonly string[] OutboxDatabases = ["membershipdb", "identitydb", "notificationdb", "walletdb", "sandboxdb"];

    /// <summary>Every database of the system: the soak counts the rows of all their tables.</summary>
    private static readonly string[] ServiceDatabases = [.. OutboxDatabases, "gatewaydb"];

    /// <summary>The fault the options name, on the system this run drives.</summary>
    private static IFault FaultOf(
        FaultOptions fault, SmtpCodeSink smtp, ProviderFailures? providerFailures, AppHostProcess? appHost, string? postgres)
    {
        const string needsAppHost = "needs the system the generator starts";
        return fault.Kind switch
        {
            FaultKind.SmtpDown => new SmtpDown(smtp),
            FaultKind.ProviderFlaky => new ProviderFlaky(providerFailures!),
            FaultKind.RabbitMqStop => appHost is null ? throw new InvalidOperationException($"rabbitmq-stop {needsAppHost}") : new RabbitMqStop(DataDirectory, RabbitMqPort),
            FaultKind.PostgresRestart => new PostgresRestart(postgres ?? throw new InvalidOperationException($"postgres-restart {needsAppHost}")),
            FaultKind.KillService => new KillService(fault.Service!, appHost?.Pid ?? throw new InvalidOperationException($"kill-service {needsAppHost}"), appHost.ResourceService),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
    }

    /// <summary>Every outbox's rows together, read by a sampler of the fault's own (the window's sampler is not shared across tasks).</summary>
    private static Func<CancellationToken, Task<long?>> ReadBacklog(DatabaseSampler? sampler) => async cancellationToken =>
    {
        if (sampler is null) return null;
        await sampler.SampleAsync(cancellationToken);
        return sampler.LastBacklog;
    };

    /// <summary>Opens the measured window after the warm-up, samples every 2 s inside it, closes it at its end.</summary>
    private static async Task SampleDuringWindowAsync(
        LoadOptions options, LoadMetrics metrics, ProcessSampler processes, DatabaseSampler? database, GrowthSeries? growth,
        CancellationToken cancellationToken)
    {
        await Task.Delay(options.WarmUp, cancellationToken);
        metrics.StartMeasuring();
        var end = Stopwatch.StartNew();
        while (true)
        {
            processes.Sample();
            if (database is not null)
            {
                try
                {
                    await database.SampleAsync(cancellationToken);
                    if (growth is not null && growth.IsDue(end.Elapsed))
                    {
                        growth.Add(end.Elapsed, await database.TableRowsAsync(cancellationToken), processes.CurrentRss);
                    }
                }
                catch (Npgsql.NpgsqlException exception)
                {
                    Say($"PostgreSQL sample failed: {exception.Message}");
                }
            }
            if (end.Elapsed >= options.Duration) break;
            var wait = options.Duration - end.Elapsed;
            await Task.Delay(wait < SampleEvery ? wait : SampleEvery, cancellationToken);
            Say($"  {end.Elapsed.TotalSeconds,4:0} s: completed {metrics.Completed}, failed {metrics.Failed}");
        }
        metrics.StopMeasuring();
    }

    private static async Task<WebApplication> StartPhoneSinkAsync(CodeMailbox codes, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapTwilioSink(codes);
        await app.StartAsync(cancellationToken);
        return app;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Onboarding.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Run the generator from the repository (Onboarding.sln not found above it).");
    }

    internal static void Say(string line) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
