using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Onboarding.Membership.Extensions;
using Onboarding.Membership.Import;
using Onboarding.Membership.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.Benchmarks;

/// <summary>
/// Roster import throughput: a generated CSV of N members imported by the service's own <see cref="RosterImporter"/>
/// (wired by the service's <c>AddApplicationServices</c>, into a freshly migrated database), then the same file
/// loaded with <c>psql \copy</c> into a plain table of the same shape — the floor for getting those bytes into
/// PostgreSQL. Prints both times, rows/s and the ratio.
/// </summary>
public static class RosterImportBenchmark
{
    private static readonly string[] FamilyNames = ["岡田", "佐藤", "鈴木", "髙橋", "山﨑", "渡邊", "伊藤", "中村", "小林", "加藤"];
    private static readonly string[] FamilyKana = ["オカダ", "サトウ", "スズキ", "タカハシ", "ヤマザキ", "ワタナベ", "イトウ", "ナカムラ", "コバヤシ", "カトウ"];
    private static readonly string[] GivenNames = ["太郎", "花子", "一郎", "美咲", "翔", "結衣", "大翔", "陽葵", "蓮", "さくら"];
    private static readonly string[] GivenKana = ["タロウ", "ハナコ", "イチロウ", "ミサキ", "ショウ", "ユイ", "ヒロト", "ヒマリ", "レン", "サクラ"];
    private static readonly string[] Coops = ["東海大学生協", "東京大学生協", "京都大学生協", "名古屋大学生協", "北海道大学生協"];

    public static async Task RunAsync(int rows)
    {
        await using var infrastructure = await TestInfrastructure.StartPrivateAsync();
        var database = await infrastructure.CreateDatabaseAsync("rosterbenchmark");
        var path = Path.Combine(Path.GetTempPath(), $"onboarding-roster-benchmark-{Guid.NewGuid():N}.csv");
        try
        {
            var generated = Stopwatch.StartNew();
            Generate(path, rows);
            Console.WriteLine($"roster benchmark: {rows:N0} rows, {new FileInfo(path).Length / 1e6:F1} MB UTF-8 CSV (generated in {generated.Elapsed.TotalSeconds:F1} s), " +
                              $"servers: {infrastructure.Mode}, {Environment.ProcessorCount} cores");

            // The CSV reader alone (no checks, no database), twice: the part of the import that issue 11 §7 swaps.
            for (var pass = 1; pass <= 2; pass++)
            {
                var (parsed, records) = ParseOnly(path);
                Print($"CSV reader only, pass {pass} ({records:N0} records)", rows, parsed, report: null);
            }

            using var host = BuildServiceHost(database, infrastructure.Broker.ConnectionString);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Database.MigrateAsync();
            }

            // A checkpoint before each run, so none pays for the previous one's dirty pages.
            await CheckpointAsync(database);
            var first = await ImportAsync(host, path);
            Print("importer, empty table (all inserted)", rows, first.Elapsed, first.Report);
            await CheckpointAsync(database);
            var again = await ImportAsync(host, path);
            Print("importer, same file again (unchanged)", rows, again.Elapsed, again.Report);

            await CheckpointAsync(database);
            var copy = await PsqlCopyAsync(database, path);
            Print("psql \\copy into a plain table", rows, copy, report: null);
            Console.WriteLine($"ratio importer / psql \\copy: {first.Elapsed / copy:F2}x (first import), {again.Elapsed / copy:F2}x (re-import)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Print(string what, int rows, TimeSpan elapsed, RosterImportReport? report)
    {
        var counts = report is null ? "" :
            $"  [inserted {report.Inserted:N0}, updated {report.Updated:N0}, unchanged {report.Unchanged:N0}, rejected {report.Rejected:N0}]";
        Console.WriteLine($"{what,-40} {elapsed.TotalSeconds,7:F2} s  {rows / elapsed.TotalSeconds,10:N0} rows/s{counts}");
    }

    /// <summary>All rows valid (psql must be able to load every one), kanji names and kana, ISO dates.</summary>
    private static void Generate(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.Write("member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email\n");
        var firstBirthDate = new DateOnly(1995, 4, 2);
        for (var i = 0; i < rows; i++)
        {
            var family = i % FamilyNames.Length;
            var given = i / FamilyNames.Length % GivenNames.Length;
            var number = (100_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            writer.Write(number);
            writer.Write(',');
            writer.Write(firstBirthDate.AddDays(i % 4000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(FamilyNames[family]);
            writer.Write(',');
            writer.Write(GivenNames[given]);
            writer.Write(',');
            writer.Write(FamilyKana[family]);
            writer.Write(',');
            writer.Write(GivenKana[given]);
            writer.Write(',');
            writer.Write(Coops[i % Coops.Length]);
            writer.Write(',');
            if (i % 3 != 0) writer.Write($"m{number}@example.ac.jp"); // a third have no address on file
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Reads the file with the importer's <see cref="RosterCsvReader"/> as the importer opens it (UTF-8, from the
    /// file stream), touching every field; no row checks, no database.
    /// </summary>
    private static (TimeSpan Elapsed, int Records) ParseOnly(string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        using var csv = RosterCsvReader.Open(file, RosterFileEncoding.Utf8WithoutBom);
        var records = 0;
        long chars = 0;
        while (csv.Read())
        {
            records++;
            foreach (var field in csv.Fields) chars += field.Length;
        }
        if (chars == 0) throw new InvalidOperationException("The reader returned no text.");
        return (Stopwatch.GetElapsedTime(started), records);
    }

    private static async Task CheckpointAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
        await checkpoint.ExecuteNonQueryAsync();
    }

    /// <summary>The membership service's own registrations (database, messaging, importer); the host is never started.</summary>
    private static IHost BuildServiceHost(string database, string broker)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = database,
            ["ConnectionStrings:rabbitmq"] = broker,
            ["Membership:PublicBaseUrl"] = "http://member-ui.benchmark",
            ["Membership:PasscodeKey"] = "benchmark-only-passcode-key-0123456789",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The migrator's first probe of __EFMigrationsHistory fails by design on an empty database; not news.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        // The importer's own summary line (phase times, counts) is the one operators see in the dashboard's logs.
        builder.Logging.AddFilter(typeof(RosterImporter).FullName, LogLevel.Information);
        builder.AddApplicationServices();
        return builder.Build();
    }

    private static async Task<(TimeSpan Elapsed, RosterImportReport Report)> ImportAsync(IHost host, string path)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = host.Services.CreateAsyncScope();
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        var report = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(file);
        return (Stopwatch.GetElapsedTime(started), report);
    }

    /// <summary>
    /// <c>psql \copy</c> (client-side COPY, CSV) into a plain table of the file's eight columns with the types,
    /// length limits and member-number check of <c>members</c>, keyed (unique index) on the member number as the
    /// importer's upsert is. No validation, no upsert, no uuid key or timestamps: the floor.
    /// </summary>
    private static async Task<TimeSpan> PsqlCopyAsync(string database, string path)
    {
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("""
                CREATE TABLE roster_plain (
                    member_number character(12) PRIMARY KEY CHECK (member_number ~ '^[0-9]{12}$'),
                    birth_date date NOT NULL,
                    family_name varchar(100) NOT NULL,
                    given_name varchar(100) NOT NULL,
                    family_name_kana varchar(100),
                    given_name_kana varchar(100),
                    coop varchar(200) NOT NULL,
                    email varchar(254))
                """, connection);
            await create.ExecuteNonQueryAsync();
        }

        var server = new NpgsqlConnectionStringBuilder(database);
        var start = new ProcessStartInfo("/usr/bin/psql")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
                 {
                     "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.Host!, "-p", server.Port.ToString(CultureInfo.InvariantCulture),
                     "-U", server.Username!, "-d", server.Database!, "-c",
                     $"\\copy roster_plain FROM '{path}' WITH (FORMAT csv, HEADER true)",
                 })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PGPASSWORD"] = server.Password;
        start.Environment["PGCLIENTENCODING"] = "UTF8";

        var started = Stopwatch.GetTimestamp();
        using var psql = Process.Start(start)!;
        var error = psql.StandardError.ReadToEndAsync();
        await psql.StandardOutput.ReadToEndAsync();
        await psql.WaitForExitAsync();
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (psql.ExitCode != 0) throw new InvalidOperationException($"psql \\copy failed: {await error}");
        return elapsed;
    }
}
