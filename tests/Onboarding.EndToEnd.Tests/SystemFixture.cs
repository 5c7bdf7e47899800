using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onboarding.AppHost;
using Onboarding.Testing.Smtp;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The whole system, started once for the test collection from the real AppHost: its own data directory and free
/// ports, so it runs next to a developer's <c>./run.sh</c>. Local OS servers unless a container engine answers
/// (override with <c>E2E_INFRASTRUCTURE_MODE</c>). Start-up fails with the names, states and last log lines of the
/// resources that never became healthy; disposal fails if a database or broker process outlives the system.
/// </summary>
public class SystemFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>First start on a 2-core machine runs ~14 processes; override with <c>E2E_STARTUP_TIMEOUT_SECONDS</c>.</summary>
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("E2E_STARTUP_TIMEOUT_SECONDS"), out var seconds) ? seconds : 600);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _logs = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _resourceIds = new();
    private readonly CancellationTokenSource _logWatch = new();
    private DistributedApplication? _app;
    private string _dataDirectory = "";

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system is not started.");

    /// <summary>The member-facing entry point.</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>smtp4dev's web inbox and REST API (<c>/api/messages</c>).</summary>
    public Uri MailUrl { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public HttpClient Mail { get; private set; } = null!;

    /// <summary>smtp4dev's inbox, read through its REST API: every mail the system sent.</summary>
    public Smtp4devClient Inbox { get; private set; } = null!;

    /// <summary>
    /// Membership's operator key the system was started with: send it as <c>X-Operator-Key</c> to membership itself
    /// (<see cref="MembershipDirect"/>); the gateway never forwards operator endpoints nor the key.
    /// </summary>
    public string OperatorApiKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Membership's own endpoint, as operators' tools inside the system reach it (not through the gateway).</summary>
    public HttpClient MembershipDirect { get; private set; } = null!;

    /// <summary>
    /// When each member may be sent the next passcode (the service allows one per member per 60 s), so the tests
    /// that share a seeded member wait their turn instead of meeting <c>resend_too_soon</c>.
    /// </summary>
    public PasscodeCooldowns PasscodeCooldowns { get; } = new();

    /// <summary>The system's own data directory (local servers' clusters, node and secrets).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>Every resource the AppHost defines (parameters excluded), as the tests expect to find them.</summary>
    public IReadOnlyList<IResource> Resources { get; private set; } = [];

    /// <summary>The seeded console administrator's password (user name <c>admin</c>), given so that nothing is generated.</summary>
    public string ConsoleAdminPassword { get; } = Guid.NewGuid().ToString("N");

    /// <summary>More AppHost arguments, for a variant of the system (<see cref="ReplicaSystemFixture"/>).</summary>
    protected virtual IEnumerable<string> MoreAppHostArguments => [];

    public virtual async Task InitializeAsync()
    {
        _dataDirectory = CreateDataDirectory();
        var postgresPort = FreePort();
        var rabbitMqPort = FreePort();
        var rabbitMqDistributionPort = FreePort();

        using var startup = new CancellationTokenSource(StartupTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Onboarding_AppHost>(
        [
            $"--Infrastructure:Mode={Environment.GetEnvironmentVariable("E2E_INFRASTRUCTURE_MODE") ?? "auto"}",
            $"--Infrastructure:DataDirectory={_dataDirectory}",
            $"--Infrastructure:PostgresPort={postgresPort}",
            $"--Infrastructure:RabbitMqPort={rabbitMqPort}",
            $"--Infrastructure:RabbitMqDistributionPort={rabbitMqDistributionPort}",
            // 0 = a port the AppHost picks: never the 8080/5080 of a running ./run.sh.
            "--Gateway:HttpPort=0",
            "--Mail:HttpPort=0",
            "--OperatorConsole:HttpPort=0",
            "--Mail:SmtpPort=0",
            // Given, so the test never generates (and persists) keys into the developer's user secrets.
            .. ResourceNames.Services.Select(service =>
                $"--Parameters:{ResourceNames.OperatorKey(service)}={(service == ResourceNames.Membership ? OperatorApiKey : Guid.NewGuid().ToString("N"))}"),
            $"--Parameters:{ResourceNames.KeyEncryptionKey(ResourceNames.WalletLink)}={Guid.NewGuid():N}",
            $"--Parameters:{ResourceNames.KeyEncryptionKey(ResourceNames.Gateway)}={Guid.NewGuid():N}",
            $"--Parameters:{ResourceNames.KeyEncryptionKey(ResourceNames.IdentityPortal)}={Guid.NewGuid():N}",
            $"--Parameters:{ResourceNames.KeyEncryptionKey(ResourceNames.OperatorConsole)}={Guid.NewGuid():N}",
            $"--Parameters:{ResourceNames.ConsoleAdminPassword}={ConsoleAdminPassword}",
            $"--Parameters:{ResourceNames.MembershipPasscodeKey}={Guid.NewGuid():N}{Guid.NewGuid():N}",
            $"--Parameters:{ResourceNames.PortalCodeKey}={Guid.NewGuid():N}{Guid.NewGuid():N}",
            $"--Parameters:{ResourceNames.NotificationRecipientKey}={Guid.NewGuid():N}{Guid.NewGuid():N}",
            .. MoreAppHostArguments,
        ], startup.Token);

        // Resources' console logs are kept by the fixture and shown for the resources that fail, rather than
        // streamed (thousands of lines) into the test output.
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Aspire.Hosting.Dcp", LogLevel.Warning)
            // Health checks fail while servers start and stop; the fixture reports the ones that matter.
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter($"{typeof(ResourceNames).Assembly.GetName().Name}.Resources", LogLevel.None));

        // The gateway limits each client address (300 requests a minute by default); every member these tests simulate —
        // browsers with their assets, API calls, polling — comes from 127.0.0.1, so the suite would meet its own 429s.
        builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == ResourceNames.Gateway).Annotations.Add(
            new EnvironmentCallbackAnnotation(context => context.EnvironmentVariables["Gateway__RateLimiting__PermitsPerMinute"] = "100000"));

        _app = await builder.BuildAsync(startup.Token);
        Resources = [.. App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(IsPartOfTheSystem)];
        WatchLogs();

        var clock = Stopwatch.StartNew();
        try
        {
            await App.StartAsync(startup.Token);
            await WaitUntilEveryResourceIsReadyAsync(startup.Token);
            Say($"System healthy after {clock.Elapsed.TotalSeconds:0.0} s (data in {_dataDirectory}).");
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            throw new TimeoutException(
                $"The system did not become healthy within {StartupTimeout.TotalSeconds:0} s.{Environment.NewLine}{Report(onlyNotReady: true)}",
                exception);
        }

        GatewayUrl = App.GetEndpoint(ResourceNames.Gateway, ResourceNames.HttpEndpoint);
        MailUrl = App.GetEndpoint(ResourceNames.Mail, ResourceNames.HttpEndpoint);
        Gateway = new HttpClient { BaseAddress = GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
        Mail = new HttpClient { BaseAddress = MailUrl, Timeout = TimeSpan.FromSeconds(30) };
        MembershipDirect = new HttpClient { BaseAddress = App.GetEndpoint(ResourceNames.Membership, ResourceNames.HttpEndpoint), Timeout = TimeSpan.FromSeconds(30) };
        Inbox = new Smtp4devClient(MailUrl);
    }

    /// <summary>
    /// Waits until every service, server and connection string is Running and healthy (each of its replicas, when
    /// started with several) and every migrate step has finished with exit code 0. Fails at once (naming the resource)
    /// when something fails to start, exits when it should run, or a migration exits non-zero.
    /// </summary>
    private async Task WaitUntilEveryResourceIsReadyAsync(CancellationToken cancellationToken)
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        var pending = Resources.ToDictionary(resource => resource.Name, resource => resource.GetReplicaCount());
        var readyReplicas = new Dictionary<string, HashSet<string>>();

        await foreach (var update in notifications.WatchAsync(cancellationToken))
        {
            var name = update.Resource.Name;
            if (!pending.TryGetValue(name, out var replicas)) continue;

            switch (ResourceReadiness.Of(update.Resource, update.Snapshot))
            {
                case Readiness.Ready:
                    // Each replica is its own resource id (e.g. gateway-abcd1234) with its own state updates.
                    if (!readyReplicas.TryGetValue(name, out var ready)) readyReplicas[name] = ready = [];
                    ready.Add(update.ResourceId);
                    if (ready.Count < replicas) break;
                    pending.Remove(name);
                    if (pending.Count == 0) return;
                    break;
                case Readiness.Failed:
                    // One failure makes its dependents fail too: let those settle, then name them all, causes first.
                    await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                    throw new InvalidOperationException(
                        $"Resource(s) failed: {string.Join(", ", FailedResources())}.{Environment.NewLine}{Report(onlyNotReady: true)}");
            }
        }
    }

    /// <summary>
    /// Parameters have no state, and resources hidden always (Aspire's per-project "rebuilder", which runs only when
    /// asked to rebuild) are not parts of the system.
    /// </summary>
    private static bool IsPartOfTheSystem(IResource resource) =>
        resource is not ParameterResource
        && !resource.Annotations.OfType<HiddenAnnotation>().Any(hidden => hidden.Behavior == HiddenBehavior.Always)
        && !resource.Annotations.OfType<ResourceSnapshotAnnotation>().Any(snapshot => snapshot.InitialSnapshot.IsHidden);

    /// <summary>Failed resources, the ones others depend on (servers, migrations) first.</summary>
    private IEnumerable<string> FailedResources()
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        return Resources
            .Select(resource => (resource, snapshot: notifications.TryGetCurrentState(resource.Name, out var current) ? current.Snapshot : null))
            .Where(r => r.snapshot is not null && ResourceReadiness.Of(r.resource, r.snapshot) == Readiness.Failed)
            .OrderBy(r => r.resource is ProjectResource && !ResourceReadiness.IsMigrationStep(r.resource))
            .Select(r => $"'{r.resource.Name}' ({ResourceReadiness.Describe(r.snapshot!)})");
    }

    /// <summary>The state of each resource (or only those not ready) and the last lines each one logged.</summary>
    public string Report(bool onlyNotReady)
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        var lines = new List<string>();
        foreach (var resource in Resources)
        {
            var snapshot = notifications.TryGetCurrentState(resource.Name, out var current) ? current.Snapshot : null;
            var ready = snapshot is not null && ResourceReadiness.Of(resource, snapshot) == Readiness.Ready;
            if (onlyNotReady && ready) continue;

            lines.Add($"- {resource.Name}: {(snapshot is null ? "no state" : ResourceReadiness.Describe(snapshot))}");
            if (!_logs.TryGetValue(resource.Name, out var log) || log.IsEmpty)
            {
                lines.Add("    | (no console output)");
            }
            else
            {
                lines.AddRange(log.TakeLast(25).Select(line => $"    | {line}"));
            }
        }
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// The orchestrator's ids of <paramref name="resourceName"/>'s instances seen so far (one per replica, e.g.
    /// <c>gateway-abcd1234</c>), each with state updates of its own.
    /// </summary>
    public IReadOnlyList<string> ResourceIdsOf(string resourceName) =>
        _resourceIds.TryGetValue(resourceName, out var ids) ? [.. ids.Keys.Order()] : [];

    /// <summary>
    /// Whom a resource command is sent to: the resource's name, or with replicas one replica's id — the name alone
    /// then names no single process, and the command (a roster import, say) is wanted once, not once per replica.
    /// </summary>
    public string CommandTarget(string resourceName) => ResourceIdsOf(resourceName) is { Count: > 1 } ids ? ids[0] : resourceName;

    /// <summary>
    /// Keeps the last lines of every resource's console log, to explain a failure. Logs are keyed by resource id (the
    /// orchestrator's name for a running instance, e.g. <c>membership-abcd1234</c>), which appears with the resource's
    /// first state update.
    /// </summary>
    private void WatchLogs()
    {
        var notifications = App.Services.GetRequiredService<ResourceNotificationService>();
        var loggers = App.Services.GetRequiredService<ResourceLoggerService>();
        var watched = new HashSet<string>();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var update in notifications.WatchAsync(_logWatch.Token))
                {
                    if (!watched.Add(update.ResourceId)) continue;
                    _resourceIds.GetOrAdd(update.Resource.Name, _ => new()).TryAdd(update.ResourceId, true);
                    var log = _logs.GetOrAdd(update.Resource.Name, _ => new ConcurrentQueue<string>());
                    _ = Task.Run(() => CollectAsync(loggers, update.ResourceId, log));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    private async Task CollectAsync(ResourceLoggerService loggers, string resourceId, ConcurrentQueue<string> log)
    {
        try
        {
            await foreach (var batch in loggers.WatchAsync(resourceId).WithCancellation(_logWatch.Token))
            {
                foreach (var line in batch)
                {
                    log.Enqueue(line.Content);
                    while (log.Count > 200) log.TryDequeue(out _);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            log.Enqueue($"(log capture failed: {exception.Message})");
        }
    }

    public virtual async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Mail?.Dispose();
        Inbox?.Dispose();
        if (_app is not null)
        {
            using var stop = new CancellationTokenSource(StopTimeout);
            try
            {
                await _app.StopAsync(stop.Token);
            }
            finally
            {
                await _logWatch.CancelAsync();
                await _app.DisposeAsync();
            }
        }

        // The servers were started from our data directory: none of their processes may outlive the system.
        var clock = Stopwatch.StartNew();
        var survivors = await ServerProcesses.WaitUntilGoneAsync(_dataDirectory, StopTimeout);
        Say($"System stopped; server processes gone {clock.Elapsed.TotalSeconds:0.0} s after the AppHost stopped.");
        if (survivors.Count > 0)
        {
            ServerProcesses.Kill(survivors);
            throw new InvalidOperationException(
                $"Server processes outlived the system (now killed): {string.Join("; ", survivors.Select(p => $"{p.Pid} {p.CommandLine}"))}");
        }

        if (_dataDirectory.Length > 0 && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    protected void Say(string message) => diagnostics.OnMessage(new DiagnosticMessage($"[e2e] {message}"));

    /// <summary>
    /// A fresh data directory. World-traversable, because as root the PostgreSQL cluster inside runs as the
    /// <c>postgres</c> user.
    /// </summary>
    private static string CreateDataDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("onboarding-e2e-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return directory;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
