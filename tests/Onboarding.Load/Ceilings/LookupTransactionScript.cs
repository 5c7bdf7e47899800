using System.Globalization;
using System.Text.RegularExpressions;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// STEP 1's lookup transaction as a pgbench script, statement for statement what membership's
/// <c>LookupApi.CreateLookup</c> sends for a successful first lookup against membershipdb's tables: the client's
/// budget, then the number's, each created if new and locked in one insert-on-conflict-do-update statement, the
/// member, then what SaveChanges writes (the number's budget reset, the lookup row, the member's first
/// identification), commit. pgbench sends each statement in a round trip of its own; the service sends the first with
/// BEGIN and the three writes in one batch (Npgsql and EF Core do so), so the service takes 5 round trips where pgbench
/// takes 8. The member is one of the generated roster's (<c>prefix</c> × 10⁸ + a random index below
/// <c>members</c>, both given with <c>-D</c>); pgbench must run it with <c>-M prepared</c> so that <c>:number</c> is
/// sent as an untyped parameter and compared as <c>char(12)</c>, as Npgsql's is.
/// </summary>
public static partial class LookupTransactionScript
{
    /// <summary>Every lookup of the load comes from the generator's one address, so all of them lock this one client row, as in the service.</summary>
    public const string ClientKey = "127.0.0.1";

    public static string Text => Script(addressPerClient: false);

    /// <summary>
    /// With <paramref name="addressPerClient"/> each pgbench client has an address of its own (<c>10.0.0.</c> and its
    /// <c>:client_id</c>), as members at home would, so the lookups no longer queue on one client row.
    /// </summary>
    public static string Script(bool addressPerClient)
    {
        var clientKey = addressPerClient ? "'10.0.0.' || :client_id" : $"'{ClientKey}'";
        return $"""
        \set number :prefix * 100000000 + random(0, :members - 1)
        BEGIN;
        INSERT INTO lookup_client_budgets (client_key, failed_attempts, window_started_at, updated_at) VALUES ({clientKey}, 0, now(), now()) ON CONFLICT (client_key) DO UPDATE SET updated_at = lookup_client_budgets.updated_at RETURNING *;
        INSERT INTO lookup_attempt_budgets (member_number, failed_attempts, lockouts, updated_at) VALUES (:number, 0, 0, now()) ON CONFLICT (member_number) DO UPDATE SET updated_at = lookup_attempt_budgets.updated_at RETURNING *;
        SELECT * FROM members WHERE member_number = :number LIMIT 2 \gset member_
        UPDATE lookup_attempt_budgets SET updated_at = now() WHERE member_number = :number;
        INSERT INTO lookups (id, member_id, created_at, expires_at) VALUES (gen_random_uuid(), :member_id, now(), now() + interval '30 minutes');
        UPDATE members SET first_identified_at = now() WHERE id = :member_id AND first_identified_at IS NULL;
        END;

        """;
    }

    /// <summary>pgbench's arguments (the password goes in <c>PGPASSWORD</c>, not here).</summary>
    public static IReadOnlyList<string> Arguments(
        string scriptPath, string host, int port, string user, string database, int clients, TimeSpan duration, int prefix, int members) =>
    [
        "-n", "-M", "prepared", "-f", scriptPath,
        "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
        "-T", ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        "-D", $"prefix={prefix.ToString(CultureInfo.InvariantCulture)}", "-D", $"members={members.ToString(CultureInfo.InvariantCulture)}",
        "-h", host, "-p", port.ToString(CultureInfo.InvariantCulture), "-U", user, database,
    ];

    /// <summary>The figures pgbench prints at the end: <c>tps = 1333.2 (without initial connection time)</c>, <c>latency average = 12.0 ms</c>, failed transactions.</summary>
    public static PgbenchResult ParseOutput(string output)
    {
        var tps = TpsLine().Match(output);
        if (!tps.Success) throw new FormatException($"pgbench printed no tps line:\n{output}");
        var latency = LatencyLine().Match(output);
        var failed = FailedLine().Match(output);
        return new PgbenchResult(
            double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : null,
            failed.Success ? long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"^tps = ([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"^latency average = ([0-9.]+) ms", RegexOptions.Multiline)]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"^number of failed transactions: ([0-9]+)", RegexOptions.Multiline)]
    private static partial Regex FailedLine();
}

public sealed record PgbenchResult(double TransactionsPerSecond, double? LatencyAverageMs, long FailedTransactions);
