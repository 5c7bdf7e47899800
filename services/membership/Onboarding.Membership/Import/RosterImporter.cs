using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Infrastructure;
using Onboarding.Membership.Infrastructure.EntityConfigurations;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Import;

/// <summary>
/// Imports a roster CSV (columns: <see cref="RosterColumns"/>; encodings: <see cref="RosterFileEncoding"/>; row rules:
/// <see cref="RosterRowValidator"/>) into <c>members</c> in one transaction:
/// the file is parsed as a stream, valid rows are <c>COPY</c>ed (binary) into a temporary table, and one
/// <c>INSERT … ON CONFLICT (member_number) DO UPDATE … WHERE (changed)</c> upserts them all; <see cref="MemberRosterImported"/>
/// goes into the outbox in the same transaction. Bad rows are reported and skipped; they never stop good ones.
/// <list type="bullet">
/// <item>Idempotent: a row equal to what is on file is neither inserted nor updated (<c>unchanged</c>); importing the
/// same file twice changes nothing the second time.</item>
/// <item>Duplicate member numbers in one file: the first valid row wins; later rows with the same number are rejected
/// (<c>duplicate_in_file</c>, naming the line that was imported). Silently letting one of two conflicting rows win
/// would hide an error in the co-op's export; the operator sees both lines instead.</item>
/// <item>E-mail: once a member has confirmed an address in STEP 1 (<c>email_confirmed_at</c> set), the import never
/// changes <c>registered_email</c> — the member proved they read that mailbox, the roster did not. For members who
/// have not confirmed, a non-empty e-mail in the file replaces the one on file; an empty cell keeps it (an export
/// without addresses must not wipe them).</item>
/// <item>Names, kana, birth date and co-op always follow the roster, whatever step the member is at; STEP progress
/// (<c>email_confirmed_at</c>) is never touched. Members missing from the file are kept.</item>
/// </list>
/// Imports run one at a time (an advisory lock), so their counts do not interleave. Logs carry counts only, never
/// row content.
/// </summary>
public sealed partial class RosterImporter(
    MembershipDbContext db, TimeProvider clock, RosterImportMetrics metrics, ILogger<RosterImporter> logger)
{
    /// <summary>The report lists this many rejections at most; <see cref="RosterImportReport.Rejected"/> counts all.</summary>
    public const int MaxListedRejections = 1000;

    /// <summary>Generous: a national roster (millions of rows) takes a minute or more on a small, busy server.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(30);

    private const string StagingTable = "roster_import_rows";

    private static readonly string PrepareSql = $"""
        SELECT pg_advisory_xact_lock(hashtext('onboarding.membership.roster-import'));
        CREATE TEMPORARY TABLE {StagingTable} (
            id uuid NOT NULL,
            member_number character(12) NOT NULL,
            birth_date date NOT NULL,
            family_name text NOT NULL,
            given_name text NOT NULL,
            family_name_kana text,
            given_name_kana text,
            coop text NOT NULL,
            email text
        ) ON COMMIT DROP;
        """;

    private static readonly string CopySql =
        $"COPY {StagingTable} (id, member_number, birth_date, family_name, given_name, family_name_kana, given_name_kana, coop, email) FROM STDIN (FORMAT BINARY)";

    // The join leaves out rows that are already on file exactly so: without it every unchanged row would still be
    // locked (and its page dirtied) by ON CONFLICT, which made a re-import of 1.5 M rows 2.5x slower. The ON CONFLICT
    // branch repeats the test for rows that changed between that snapshot and the insert.
    // (xmax = 0) is true for a freshly inserted row and false for one the ON CONFLICT branch updated; rows neither
    // inserted nor updated (unchanged) are not returned at all.
    private static readonly string UpsertSql = $"""
        WITH upserted AS (
            INSERT INTO {MemberConfiguration.Table} AS m
                (id, member_number, birth_date, family_name, given_name, family_name_kana, given_name_kana, coop,
                 registered_email, email_confirmed_at, created_at, updated_at)
            SELECT r.id, r.member_number, r.birth_date, r.family_name, r.given_name, r.family_name_kana, r.given_name_kana,
                   r.coop, r.email, NULL, @now, @now
            FROM {StagingTable} r
            LEFT JOIN {MemberConfiguration.Table} e ON e.member_number = r.member_number
            WHERE e.id IS NULL
               OR (e.birth_date, e.family_name, e.given_name, e.family_name_kana, e.given_name_kana, e.coop)
                      IS DISTINCT FROM
                  (r.birth_date, r.family_name, r.given_name, r.family_name_kana, r.given_name_kana, r.coop)
               OR (e.email_confirmed_at IS NULL AND r.email IS NOT NULL AND e.registered_email IS DISTINCT FROM r.email)
            ON CONFLICT (member_number) DO UPDATE SET
                birth_date = excluded.birth_date,
                family_name = excluded.family_name,
                given_name = excluded.given_name,
                family_name_kana = excluded.family_name_kana,
                given_name_kana = excluded.given_name_kana,
                coop = excluded.coop,
                registered_email = CASE
                    WHEN m.email_confirmed_at IS NULL AND excluded.registered_email IS NOT NULL THEN excluded.registered_email
                    ELSE m.registered_email END,
                updated_at = excluded.updated_at
            WHERE (m.birth_date, m.family_name, m.given_name, m.family_name_kana, m.given_name_kana, m.coop)
                      IS DISTINCT FROM
                  (excluded.birth_date, excluded.family_name, excluded.given_name, excluded.family_name_kana,
                   excluded.given_name_kana, excluded.coop)
               OR (m.email_confirmed_at IS NULL AND excluded.registered_email IS NOT NULL
                   AND m.registered_email IS DISTINCT FROM excluded.registered_email)
            RETURNING (xmax = 0) AS inserted
        )
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted;
        """;

    /// <summary>
    /// Imports <paramref name="file"/> (seekable: it is read once to detect the encoding, then again to import).
    /// Throws <see cref="RosterFileException"/>, having changed nothing, when the file as a whole is unusable.
    /// </summary>
    public async Task<RosterImportReport> ImportAsync(Stream file, CancellationToken cancellationToken = default)
    {
        if (!file.CanSeek) throw new ArgumentException("The roster stream must be seekable; spool it first (RosterUpload).", nameof(file));
        var started = Stopwatch.GetTimestamp();
        var importId = Guid.CreateVersion7(clock.GetUtcNow());
        var encoding = await RosterFileEncoding.DetectAsync(file, cancellationToken);

        // Aspire's retrying execution strategy wants the whole transaction as one retriable unit; the file is rewound
        // for each attempt.
        var strategy = db.Database.CreateExecutionStrategy();
        var report = await strategy.ExecuteAsync(
            ct => ImportOnceAsync(file, encoding, importId, started, ct), cancellationToken);

        metrics.Imported(report);
        return report;
    }

    private async Task<RosterImportReport> ImportOnceAsync(
        Stream file, RosterFileEncoding encoding, Guid importId, long started, CancellationToken cancellationToken)
    {
        file.Position = encoding.DataStart;
        db.ChangeTracker.Clear();
        using var csv = RosterCsvReader.Open(file, encoding);
        var validator = new RosterRowValidator(ReadHeader(csv), clock);
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var prepare = Command(connection, PrepareSql))
        {
            await prepare.ExecuteNonQueryAsync(cancellationToken);
        }

        var staging = new Staging(validator);
        var ids = new RosterMemberIds(now);
        await using (var copy = await connection.BeginBinaryImportAsync(CopySql, cancellationToken))
        {
            copy.Timeout = CommandTimeout;
            // Synchronous writes on purpose: a row is a handful of small buffer copies, and an await per field would
            // cost more than the write itself. The importer flushes to the socket as its buffer fills.
            while (csv.Read())
            {
                if (csv.IsBlank && !csv.Unterminated) continue;
                if (staging.Check(csv) is { } row) Write(copy, row, ids.Next());
            }
            await copy.CompleteAsync(cancellationToken);
        }
        if (staging.Rows == 0) throw new RosterFileException(RosterFileException.Empty);
        var copied = Stopwatch.GetElapsedTime(started);

        var (inserted, updated) = await UpsertAsync(connection, now, cancellationToken);
        var upserted = Stopwatch.GetElapsedTime(started);
        var unchanged = staging.Valid - inserted - updated;
        db.PublishThroughOutbox(new MemberRosterImported(importId, inserted, updated, staging.Rejected, clock.GetUtcNow()), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var report = new RosterImportReport(importId, encoding.Name, staging.Rows, inserted, updated, unchanged, staging.Rejected,
            staging.Rejections, Stopwatch.GetElapsedTime(started));
        LogImported(importId, report.Duration.TotalSeconds, copied.TotalSeconds, (upserted - copied).TotalSeconds,
            report.Rows, encoding.Name, inserted, updated, unchanged, staging.Rejected);
        return report;
    }

    /// <summary>The first non-blank record must name the columns.</summary>
    private static RosterColumns ReadHeader(RosterCsvReader csv)
    {
        while (csv.Read())
        {
            if (csv.IsBlank) continue;
            return RosterColumns.FromHeader(csv.Fields, out var missing)
                ?? throw new RosterFileException(RosterFileException.HeaderUnrecognised, missing);
        }
        throw new RosterFileException(RosterFileException.Empty);
    }

    private static void Write(NpgsqlBinaryImporter copy, RosterRow row, Guid id)
    {
        copy.StartRow();
        copy.Write(id, NpgsqlDbType.Uuid);
        copy.Write(row.MemberNumber, NpgsqlDbType.Text);
        copy.Write(row.BirthDate, NpgsqlDbType.Date);
        copy.Write(row.FamilyName, NpgsqlDbType.Text);
        copy.Write(row.GivenName, NpgsqlDbType.Text);
        WriteNullable(copy, row.FamilyNameKana);
        WriteNullable(copy, row.GivenNameKana);
        copy.Write(row.Coop, NpgsqlDbType.Text);
        WriteNullable(copy, row.Email);
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    private static async Task<(int Inserted, int Updated)> UpsertAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var upsert = Command(connection, UpsertSql);
        upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
        await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)));
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) =>
        new(sql, connection) { CommandTimeout = (int)CommandTimeout.TotalSeconds };

    /// <summary>Counts and rejections of one pass over the file, and the member numbers seen so far.</summary>
    private sealed class Staging(RosterRowValidator validator)
    {
        // Member number (12 digits fit a long) → the line of its first valid row.
        private readonly Dictionary<long, int> _firstLines = [];
        private readonly List<RosterRejection> _rejections = [];

        public int Rows { get; private set; }
        public int Valid { get; private set; }
        public int Rejected { get; private set; }
        public IReadOnlyList<RosterRejection> Rejections => _rejections;

        /// <summary>The row to import, or null when it was rejected (and recorded).</summary>
        public RosterRow? Check(RosterCsvReader csv)
        {
            Rows++;
            if (csv.Unterminated) return Reject(csv.Line, null, "row", RosterRejectionReasons.UnterminatedQuote);
            if (csv.TooLong) return Reject(csv.Line, null, "row", RosterRejectionReasons.TooLong);
            if (validator.Validate(csv.Fields, out var memberNumber, out var field, out var reason) is not { } row)
            {
                return Reject(csv.Line, memberNumber, field, reason);
            }
            if (!_firstLines.TryAdd(long.Parse(row.MemberNumber, CultureInfo.InvariantCulture), csv.Line))
            {
                var first = _firstLines[long.Parse(row.MemberNumber, CultureInfo.InvariantCulture)];
                return Reject(csv.Line, row.MemberNumber, "memberNumber", RosterRejectionReasons.DuplicateInFile, first);
            }
            Valid++;
            return row;
        }

        private RosterRow? Reject(int line, string? memberNumber, string field, string reason, int? duplicateOf = null)
        {
            Rejected++;
            if (_rejections.Count < MaxListedRejections)
            {
                _rejections.Add(new RosterRejection(line, memberNumber, field, reason, duplicateOf));
            }
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Roster import {ImportId} committed in {Seconds:F1} s (read, check and COPY {CopySeconds:F1} s, upsert {UpsertSeconds:F1} s): "
                  + "{Rows} rows ({Encoding}), {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    private partial void LogImported(Guid importId, double seconds, double copySeconds, double upsertSeconds, int rows, string encoding,
        int inserted, int updated, int unchanged, int rejected);
}
