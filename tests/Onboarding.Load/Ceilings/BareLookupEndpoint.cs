using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// What STEP 1's lookup costs with nothing but Kestrel and Npgsql: membership's route and JSON, the same transaction
/// as <see cref="LookupTransactionScript"/> in the same round trips as the service (BEGIN with the first statement,
/// the three writes in one batch, as Npgsql and EF Core send them) on membershipdb, no EF, no validation, no
/// telemetry. The gap between it and membership is what the service's own stack costs.
/// </summary>
public sealed class BareLookupEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _database;

    private BareLookupEndpoint(WebApplication app, NpgsqlDataSource database, Uri address) => (_app, _database, Address) = (app, database, address);

    public Uri Address { get; }

    public static async Task<BareLookupEndpoint> StartAsync(string membershipDb, int port, CancellationToken cancellationToken)
    {
        var database = NpgsqlDataSource.Create(membershipDb);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapPost(LookupDriver.LookupPath, (LookupDriver.LookupRequest request, CancellationToken ct) => LookupAsync(database, request, ct));
        await app.StartAsync(cancellationToken);
        return new BareLookupEndpoint(app, database, new Uri($"http://127.0.0.1:{port}"));
    }

    private static async Task<IResult> LookupAsync(NpgsqlDataSource database, LookupDriver.LookupRequest request, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, """
            INSERT INTO lookup_client_budgets (client_key, failed_attempts, window_started_at, updated_at) VALUES ($1, 0, $2, $2)
            ON CONFLICT (client_key) DO UPDATE SET updated_at = lookup_client_budgets.updated_at RETURNING *
            """, Value(LookupTransactionScript.ClientKey), Value(now));
        await ExecuteAsync(connection, """
            INSERT INTO lookup_attempt_budgets (member_number, failed_attempts, lockouts, updated_at) VALUES ($1, 0, 0, $2)
            ON CONFLICT (member_number) DO UPDATE SET updated_at = lookup_attempt_budgets.updated_at RETURNING *
            """, Number(request.MemberNumber), Value(now));

        Guid memberId;
        string familyName;
        bool firstIdentified;
        await using (var member = new NpgsqlCommand("SELECT id, birth_date, family_name, first_identified_at FROM members WHERE member_number = $1 LIMIT 2", connection))
        {
            member.Parameters.Add(Number(request.MemberNumber));
            await using var reader = await member.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct) || reader.GetFieldValue<DateOnly>(1) != DateOnly.Parse(request.BirthDate, System.Globalization.CultureInfo.InvariantCulture))
            {
                return Results.NotFound();
            }
            (memberId, familyName, firstIdentified) = (reader.GetGuid(0), reader.GetString(2), reader.IsDBNull(3));
        }

        var lookupId = Guid.CreateVersion7(now);
        await using (var writes = new NpgsqlBatch(connection))
        {
            writes.BatchCommands.Add(Statement("UPDATE lookup_attempt_budgets SET updated_at = $2 WHERE member_number = $1",
                Number(request.MemberNumber), Value(now)));
            writes.BatchCommands.Add(Statement("INSERT INTO lookups (id, member_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
                Value(lookupId), Value(memberId), Value(now), Value(now.AddMinutes(30))));
            if (firstIdentified)
            {
                writes.BatchCommands.Add(Statement("UPDATE members SET first_identified_at = $1 WHERE id = $2", Value(now), Value(memberId)));
            }
            await writes.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Results.Json(new { lookupId, maskedName = $"{familyName[..1]}＊ ＊＊", maskedRegisteredEmail = (string?)null, expiresAt = now.AddMinutes(30) },
            statusCode: StatusCodes.Status201Created);

        static NpgsqlBatchCommand Statement(string sql, params NpgsqlParameter[] parameters)
        {
            var statement = new NpgsqlBatchCommand(sql);
            statement.Parameters.AddRange(parameters);
            return statement;
        }

        async Task ExecuteAsync(NpgsqlConnection on, string sql, params NpgsqlParameter[] parameters)
        {
            await using var command = new NpgsqlCommand(sql, on);
            command.Parameters.AddRange(parameters);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>member_number is <c>char(12)</c>: sent as such, as EF sends it, so the comparison uses the index.</summary>
    private static NpgsqlParameter Number(string memberNumber) => new() { Value = memberNumber, NpgsqlDbType = NpgsqlDbType.Char };

    private static NpgsqlParameter Value(object value) => new() { Value = value };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
