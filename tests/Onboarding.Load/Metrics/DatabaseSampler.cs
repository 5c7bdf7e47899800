using Npgsql;

namespace Onboarding.Load.Metrics;

/// <summary>
/// PostgreSQL as the system uses it: client connections (pg_stat_activity, the generator's own left out) and the
/// outbox backlog (rows in each service database's <c>outbox_messages</c>), sampled during the run; the report shows
/// the largest seen. In a soak, also every table's rows (<see cref="TableRowsAsync"/>).
/// </summary>
public sealed class DatabaseSampler(string serverConnectionString, IReadOnlyList<string> databases) : IAsyncDisposable
{
    private const string OwnApplicationName = "onboarding-load";
    private readonly Dictionary<string, NpgsqlDataSource> _sources = [];
    private readonly Dictionary<string, long> _peakBacklog = [];
    private readonly Dictionary<string, bool> _hasOutbox = [];
    private readonly Dictionary<string, int> _peakConnectionsByDatabase = [];

    public int PeakConnections { get; private set; }

    public IReadOnlyDictionary<string, long> PeakBacklog => _peakBacklog;

    public IReadOnlyDictionary<string, int> PeakConnectionsByDatabase => _peakConnectionsByDatabase;

    /// <summary>Rows in every outbox together at the last sample.</summary>
    public long LastBacklog { get; private set; }

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using (var command = Source("postgres").CreateCommand("""
            SELECT coalesce(datname, ''), count(*)::int FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND application_name <> $1
            GROUP BY 1
            """))
        {
            command.Parameters.AddWithValue(OwnApplicationName);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var total = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var (database, count) = (reader.GetString(0), reader.GetInt32(1));
                total += count;
                _peakConnectionsByDatabase[database] = Math.Max(_peakConnectionsByDatabase.GetValueOrDefault(database), count);
            }
            PeakConnections = Math.Max(PeakConnections, total);
        }

        long backlogNow = 0;
        foreach (var database in databases)
        {
            if (!await HasOutboxAsync(database, cancellationToken)) continue;
            await using var command = Source(database).CreateCommand("SELECT count(*) FROM outbox_messages");
            var backlog = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            _peakBacklog[database] = Math.Max(_peakBacklog.GetValueOrDefault(database), backlog);
            backlogNow += backlog;
        }
        LastBacklog = backlogNow;
    }

    /// <summary>Rows of every table of every database (<c>database.table</c>), counted exactly: the soak's growth figures.</summary>
    public async Task<IReadOnlyDictionary<string, long>> TableRowsAsync(CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, long>();
        foreach (var database in databases)
        {
            var tables = new List<string>();
            await using (var list = Source(database).CreateCommand("SELECT quote_ident(relname) FROM pg_stat_user_tables WHERE schemaname = 'public'"))
            await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
            }
            foreach (var table in tables)
            {
                // The name comes from the catalogue, quoted by PostgreSQL itself.
                await using var count = Source(database).CreateCommand($"SELECT count(*) FROM {table}");
                rows[$"{database}.{table.Trim('"')}"] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            }
        }
        return rows;
    }

    private async Task<bool> HasOutboxAsync(string database, CancellationToken cancellationToken)
    {
        if (_hasOutbox.TryGetValue(database, out var known)) return known;
        await using var command = Source(database).CreateCommand("SELECT to_regclass('outbox_messages') IS NOT NULL");
        return _hasOutbox[database] = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private NpgsqlDataSource Source(string database)
    {
        if (!_sources.TryGetValue(database, out var source))
        {
            var builder = new NpgsqlConnectionStringBuilder(serverConnectionString)
            {
                Database = database,
                ApplicationName = OwnApplicationName,
                MaxPoolSize = 1,
            };
            _sources[database] = source = NpgsqlDataSource.Create(builder.ConnectionString);
        }
        return source;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values) await source.DisposeAsync();
    }
}
