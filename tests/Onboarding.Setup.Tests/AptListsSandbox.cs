namespace Onboarding.Setup.Tests;

/// <summary>
/// apt package lists and cache of their own, empty at first, as on a fresh machine: apt-get, pointed here with
/// <see cref="Options"/>, neither reads nor changes this machine's lists.
/// </summary>
internal sealed class AptListsSandbox : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("prerequisites-apt-");
    private readonly List<string> _options;

    public AptListsSandbox()
    {
        // apt refuses to fetch into lists or a cache whose partial/ directories are missing.
        Directory.CreateDirectory(Path.Combine(ListsDirectory, "partial"));
        Directory.CreateDirectory(Path.Combine(_root.FullName, "cache", "archives", "partial"));
        _options = ["-o", $"Dir::State::Lists={ListsDirectory}", "-o", $"Dir::Cache={Path.Combine(_root.FullName, "cache")}"];
    }

    public string ListsDirectory => Path.Combine(_root.FullName, "lists");

    /// <summary>The apt options, as PREREQUISITES_APT_OPTIONS takes them.</summary>
    public IReadOnlyList<string> Options => _options;

    /// <summary>Whether the lists hold any package index (a fresh machine's hold none before apt-get update).</summary>
    public bool HasPackageIndexes => Directory.EnumerateFiles(ListsDirectory, "*_Packages*").Any();

    /// <summary>
    /// Replaces the machine's package sources by one mirror that refuses every connection, as when a fresh machine
    /// cannot reach its mirror: apt-get update then fetches nothing (and by default only warns).
    /// </summary>
    public void UseUnreachableMirror()
    {
        var sourceList = Path.Combine(_root.FullName, "sources.list");
        var sourceParts = Directory.CreateDirectory(Path.Combine(_root.FullName, "sources.list.d")).FullName;
        // Port 9 (discard) on the loopback: nothing listens there, so the connection is refused at once.
        File.WriteAllText(sourceList, "deb [trusted=yes] http://127.0.0.1:9/debian bookworm main\n");
        _options.AddRange(["-o", $"Dir::Etc::SourceList={sourceList}", "-o", $"Dir::Etc::SourceParts={sourceParts}",
            "-o", "Acquire::Retries=0"]);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
