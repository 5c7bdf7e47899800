namespace Onboarding.Testing.Contracts;

/// <summary>The checkout the tests run from (the folder holding Onboarding.sln), for checked-in documents.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Onboarding.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No Onboarding.sln above {AppContext.BaseDirectory}.");
    }
}
