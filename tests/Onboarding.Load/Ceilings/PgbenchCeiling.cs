using System.Diagnostics;
using Npgsql;
using Onboarding.LocalServers;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// PostgreSQL's own ceiling for STEP 1: pgbench running <see cref="LookupTransactionScript"/> against membershipdb
/// with the service's 16 clients. The pgbench of the newest installed PostgreSQL (the one the system runs).
/// </summary>
public static class PgbenchCeiling
{
    public static async Task<PgbenchResult> RunAsync(
        string membershipDb, RosterRange roster, int clients, TimeSpan duration, bool addressPerClient, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(membershipDb);
        var script = Path.Combine(Path.GetTempPath(), $"onboarding-lookup-{Environment.ProcessId}.pgbench");
        await File.WriteAllTextAsync(script, LookupTransactionScript.Script(addressPerClient), cancellationToken);
        try
        {
            var start = new ProcessStartInfo(Path.Combine(LocalPostgres.FindBinDirectory(), "pgbench"),
                LookupTransactionScript.Arguments(script, connection.Host ?? "127.0.0.1", connection.Port, connection.Username ?? "postgres",
                    connection.Database ?? "membershipdb", clients, duration, roster.Prefix, roster.Members))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["PGPASSWORD"] = connection.Password ?? "";
            using var pgbench = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
            var output = pgbench.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = pgbench.StandardError.ReadToEndAsync(cancellationToken);
            await pgbench.WaitForExitAsync(cancellationToken);
            if (pgbench.ExitCode != 0) throw new InvalidOperationException($"pgbench exited with {pgbench.ExitCode}:\n{await errors}\n{await output}");
            return LookupTransactionScript.ParseOutput(await output);
        }
        finally
        {
            File.Delete(script);
        }
    }
}

/// <summary>The generated roster's members in a database: numbers <c>Prefix</c> × 10⁸ + 0 … <c>Members</c> − 1.</summary>
public sealed record RosterRange(int Prefix, int Members);
