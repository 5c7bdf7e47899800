namespace Onboarding.Load.SystemUnderLoad;

/// <summary>
/// One generator-started system at a time on a machine: they share the data directory and the PostgreSQL and RabbitMQ
/// ports, and a second run started beside the first took its servers over halfway (the first run's RabbitMQ refused
/// to start on a distribution port already in use, its PostgreSQL was stopped under it). The lock is the OS's
/// (.NET holds <see cref="FileShare.None"/> with an exclusive advisory lock on Linux), so it ends with the process
/// however that ends.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _file;

    private RunLock(FileStream file) => _file = file;

    public static RunLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        // The holder's pid goes beside the lock: the locked file itself cannot be opened to read it.
        var holder = Path.Combine(directory, "run.pid");
        try
        {
            var file = new FileStream(Path.Combine(directory, "run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(holder, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new RunLock(file);
        }
        catch (IOException)
        {
            var pid = File.Exists(holder) ? File.ReadAllText(holder).Trim() : "";
            throw new InvalidOperationException($"Another load run{(pid.Length == 0 ? "" : $" (pid {pid})")} is using {directory}: wait for it to end.");
        }
    }

    public void Dispose() => _file.Dispose();
}
