using Npgsql;

namespace Onboarding.Messaging;

/// <summary>
/// How many connections one service process opens to its database at most, unless its connection string says
/// (<c>Maximum Pool Size</c>, as deploy/ sets it). Npgsql's own default, 100, let a busy process on this 2-core
/// machine open 93–100 connections (docs/benchmarks.md, "Sustained"), and its threads then queued on the pool's lock
/// returning them (wallet-sandbox: six threads blocked on average) while PostgreSQL ran ~200 backends on two cores.
/// Past the bound a request waits for a free connection, asynchronously, holding no thread.
/// </summary>
public static class ConnectionPool
{
    public const int DefaultMaximum = 25;

    /// <summary>The connection string, with <see cref="DefaultMaximum"/> if it names no maximum of its own.</summary>
    public static string Bounded(string connectionString) =>
        NamesMaximum(connectionString)
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaximum }.ConnectionString;

    /// <summary>Npgsql's keyword, case and spacing aside (it has no synonym).</summary>
    private static bool NamesMaximum(string connectionString) =>
        connectionString.Split(';').Any(part =>
            part.Split('=', 2)[0].Replace(" ", "", StringComparison.Ordinal).Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase));
}
