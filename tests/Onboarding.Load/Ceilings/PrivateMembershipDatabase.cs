using Npgsql;
using NpgsqlTypes;
using Onboarding.Load.Journeys;
using Onboarding.Testing;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// For the ceilings run alone: a private PostgreSQL and RabbitMQ (the tests' own, from the OS packages) with a
/// membershipdb holding the four tables STEP 1's lookup touches — their columns, keys and indexes copied from
/// membership's migrations (MembershipDbContextModelSnapshot), not the whole schema — and the generated roster's
/// members. With <c>--membership-service</c> the schema is instead membership's own, made by its <c>migrate</c> step
/// (<see cref="MembershipServiceProcess.MigrateAsync"/>), so the service finds every table and column it expects.
/// </summary>
public sealed class PrivateMembershipDatabase : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE members (
            id uuid PRIMARY KEY, member_number character(12) NOT NULL CHECK (member_number ~ '^[0-9]{12}$'),
            birth_date date NOT NULL, family_name varchar(100) NOT NULL, given_name varchar(100) NOT NULL,
            family_name_kana varchar(100), given_name_kana varchar(100), coop varchar(200) NOT NULL, registered_email varchar(254),
            email_confirmed_at timestamptz, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
        CREATE UNIQUE INDEX ix_members_member_number ON members (member_number);
        CREATE TABLE lookups (
            id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL);
        CREATE INDEX ix_lookups_member_id ON lookups (member_id);
        CREATE TABLE lookup_attempt_budgets (
            member_number character(12) PRIMARY KEY, failed_attempts integer NOT NULL, lockouts integer NOT NULL,
            locked_until timestamptz, updated_at timestamptz NOT NULL);
        CREATE TABLE lookup_client_budgets (
            client_key varchar(64) PRIMARY KEY, failed_attempts integer NOT NULL, window_started_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL);
        """;

    private readonly TestInfrastructure _servers;

    private PrivateMembershipDatabase(TestInfrastructure servers, string connectionString) => (_servers, ConnectionString) = (servers, connectionString);

    public string ConnectionString { get; }

    /// <summary>The private RabbitMQ (<c>amqp://</c>), for membership when it runs.</summary>
    public string BrokerConnectionString => _servers.Broker.ConnectionString;

    /// <param name="migratedBy">The repository whose membership Release build migrates the database; <c>null</c>: the four-table copy.</param>
    public static async Task<PrivateMembershipDatabase> CreateAsync(
        IReadOnlyList<RosterMember> members, string? migratedBy, CancellationToken cancellationToken)
    {
        var servers = await TestInfrastructure.StartPrivateAsync();
        var connectionString = await servers.CreateDatabaseAsync("membershipdb");
        if (migratedBy is not null)
        {
            await MembershipServiceProcess.MigrateAsync(migratedBy, connectionString, servers.Broker.ConnectionString, cancellationToken);
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (migratedBy is null)
        {
            await using var create = new NpgsqlCommand(Schema, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY members (id, member_number, birth_date, family_name, given_name, coop, registered_email, created_at, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var member in members)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(member.Number, NpgsqlDbType.Char, cancellationToken);
                await import.WriteAsync(member.BirthDate, NpgsqlDbType.Date, cancellationToken);
                await import.WriteAsync(member.FamilyName, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(member.GivenName, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync("東海大学生協", NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(member.Email, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await import.CompleteAsync(cancellationToken);
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection)) await analyze.ExecuteNonQueryAsync(cancellationToken);
        return new PrivateMembershipDatabase(servers, connectionString);
    }

    public async ValueTask DisposeAsync() => await _servers.DisposeAsync();
}
