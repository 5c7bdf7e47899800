namespace Onboarding.LocalServers;

/// <summary>A private PostgreSQL cluster from the OS packages: its own data directory, port and superuser password.</summary>
public static class LocalPostgres
{
    public const string Superuser = "postgres";

    /// <summary>The newest installed server's bin directory (override with <c>ONBOARDING_PG_BIN</c>).</summary>
    public static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("ONBOARDING_PG_BIN");
        if (!string.IsNullOrEmpty(configured)) return configured;

        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres). Run ./run.sh or ./test.sh, which install it.");
    }

    /// <summary>Creates the cluster on first use (initdb with a scram-sha-256 superuser password); later calls keep it.</summary>
    public static void EnsureCluster(string dataDirectory, string password)
    {
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION"))) return;

        var parent = Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!;
        Directory.CreateDirectory(dataDirectory);
        var passwordFile = Path.Combine(parent, $".{Path.GetFileName(dataDirectory)}.initpw");
        File.WriteAllText(passwordFile, password);
        try
        {
            ServiceUser.Own(dataDirectory, ServiceUser.PostgresUser);
            ServiceUser.Own(passwordFile, ServiceUser.PostgresUser);
            var (fileName, arguments) = ServiceUser.AsUser(ServiceUser.PostgresUser, Path.Combine(FindBinDirectory(), "initdb"),
                ["-D", dataDirectory, "-U", Superuser, $"--pwfile={passwordFile}", "--auth=scram-sha-256",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
            ServiceUser.Run(fileName, arguments);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>The server in the foreground, listening on loopback only; its socket lives in the data directory.</summary>
    public static ServerCommand Server(string dataDirectory, int port)
    {
        var (fileName, arguments) = ServiceUser.AsUser(ServiceUser.PostgresUser, Path.Combine(FindBinDirectory(), "postgres"),
            ["-D", dataDirectory, "-p", port.ToString(), "-k", dataDirectory,
             "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=on"]);
        // SIGINT is PostgreSQL's "fast" shutdown; SIGTERM ("smart") would wait for pooled client connections to close.
        return new ServerCommand(fileName, arguments, new Dictionary<string, string>(), StopSignal: "INT");
    }

    public static string ConnectionString(int port, string password, string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username={Superuser};Password={password};Database={database}";
}
