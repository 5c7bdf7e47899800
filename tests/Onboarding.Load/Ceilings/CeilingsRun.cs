using Onboarding.Load.Journeys;
using Onboarding.Load.Roster;
using Onboarding.Load.SystemUnderLoad;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// The ceilings one after another (never two at once, nor during the journeys: each would take the other's CPU):
/// pgbench with STEP 1's transaction, the bare Npgsql endpoint, membership's own lookup API when the system is up (or,
/// run alone with <c>--membership-service</c>, membership started on its own), then the password hasher. After a
/// whole-journey run they use the system's PostgreSQL and its roster; run alone (<c>ceilings</c>), a private
/// PostgreSQL and a roster of their own. A ceiling that fails is reported and skipped.
/// </summary>
public static class CeilingsRun
{
    public static async Task<CeilingFigures> RunAsync(
        string membershipDb, IReadOnlyList<RosterMember> members, RosterRange roster, Uri? membership, CeilingOptions options,
        string where, CancellationToken cancellationToken, Func<Task<MembershipServiceProcess>>? startMembership = null)
    {
        var loadBefore = LoadAverage();
        var pgbench = await TryAsync("pgbench", () => PgbenchCeiling.RunAsync(membershipDb, roster, options.Clients, options.Each, false, cancellationToken));
        var pgbenchPerAddress = !options.AddressPerClient ? null
            : await TryAsync("pgbench, an address per client", () => PgbenchCeiling.RunAsync(membershipDb, roster, options.Clients, options.Each, true, cancellationToken));

        LookupRate? bare = null;
        if (options.BareEndpoint)
        {
            bare = await TryAsync("bare endpoint", async () =>
            {
                await using var endpoint = await BareLookupEndpoint.StartAsync(membershipDb, FreePort.Next(), cancellationToken);
                await WarmUpAsync(endpoint.Address, members, options, cancellationToken);
                return await LookupDriver.RunAsync(endpoint.Address, members, options.Clients, options.Each, cancellationToken);
            });
        }
        var service = membership is not null
            ? await TryAsync("membership's lookup API", () => LookupDriver.RunAsync(membership, members, options.Clients, options.Each, cancellationToken))
            : startMembership is null ? null
            // Started only now, after pgbench and the bare endpoint: its background work (outbox relay, funnel gauge)
            // would otherwise take their CPU.
            : await TryAsync("membership's lookup API (membership started alone)", async () =>
            {
                await using var started = await startMembership();
                await WarmUpAsync(started.Address, members, options, cancellationToken);
                return await LookupDriver.RunAsync(started.Address, members, options.Clients, options.Each, cancellationToken);
            });

        LoadRun.Say($"ceiling: password hasher on {Environment.ProcessorCount} threads for {options.Hashing.TotalSeconds:0} s ...");
        var hasher = PasswordHasherCeiling.Run(options.Hashing);
        return new CeilingFigures(where, options.Clients, options.Each, pgbench, bare, service, hasher, loadBefore, LoadAverage())
        {
            PgbenchAddressPerClient = pgbenchPerAddress,
        };
    }

    /// <summary>The <c>ceilings</c> subcommand: without the system, on a private PostgreSQL with a generated roster.</summary>
    public static async Task<CeilingFigures> RunAloneAsync(CeilingOptions options, CancellationToken cancellationToken)
    {
        var prefix = Random.Shared.Next(8000, 9000);
        var members = GeneratedRoster.Members(options.Members, prefix);
        var repository = options.MembershipService ? LoadRun.RepositoryRoot() : null;
        LoadRun.Say(repository is null
            ? $"starting a private PostgreSQL with membershipdb's lookup tables and {members.Count} members ..."
            : $"starting a private PostgreSQL and RabbitMQ, migrating membershipdb with membership's migrate step, {members.Count} members ...");
        await using var database = await PrivateMembershipDatabase.CreateAsync(members, repository, cancellationToken);
        var log = Path.Combine(Path.GetTempPath(), $"onboarding-ceilings-membership-{Environment.ProcessId}.log");
        Func<Task<MembershipServiceProcess>>? startMembership = repository is null ? null : async () =>
        {
            LoadRun.Say($"starting membership's Release build alone (its log: {log}) ...");
            return await MembershipServiceProcess.StartAsync(repository, database.ConnectionString, database.BrokerConnectionString,
                FreePort.Next(), log, cancellationToken);
        };
        return await RunAsync(database.ConnectionString, members, new RosterRange(prefix, members.Count), membership: null, options,
            repository is null ? "alone, private PostgreSQL" : "alone, private PostgreSQL, membership's own schema", cancellationToken, startMembership);
    }

    /// <summary>
    /// A few seconds of the same load, not counted, on an endpoint this run has just started: its first requests JIT,
    /// build EF Core's model and open the connection pool, which a service that has been up for a while has long done.
    /// </summary>
    private static Task WarmUpAsync(Uri endpoint, IReadOnlyList<RosterMember> members, CeilingOptions options, CancellationToken cancellationToken) =>
        LookupDriver.RunAsync(endpoint, members, options.Clients, TimeSpan.FromSeconds(3), cancellationToken);

    private static async Task<T?> TryAsync<T>(string name, Func<Task<T>> ceiling) where T : class
    {
        LoadRun.Say($"ceiling: {name} ...");
        try
        {
            return await ceiling();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LoadRun.Say($"ceiling {name} failed: {exception.Message}");
            return null;
        }
    }

    /// <summary>The 1, 5 and 15-minute load averages: the ceilings are only as good as the machine was quiet.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
