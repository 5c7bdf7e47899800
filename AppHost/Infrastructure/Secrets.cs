using System.Security.Cryptography;

namespace Onboarding.AppHost.Infrastructure;

/// <summary>Where the system's secrets come from. None is ever written in code or committed.</summary>
internal static class Secrets
{
    private const int GeneratedLength = 32;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>
    /// A secret Aspire generates on first run and persists in the AppHost's user secrets (overridable as
    /// <c>Parameters:{name}</c>). Letters and digits only, so it is safe inside URIs and connection strings.
    /// </summary>
    public static IResourceBuilder<ParameterResource> Generated(IDistributedApplicationBuilder builder, string name) =>
        builder.AddParameter(name,
            new GenerateParameterDefault { MinLength = GeneratedLength, Special = false },
            secret: true,
            persist: true);

    /// <summary>
    /// A secret that belongs to data on this machine (the local servers' passwords): generated once and kept next to
    /// that data, so the password and the cluster it was set on can never drift apart.
    /// </summary>
    public static IResourceBuilder<ParameterResource> StoredWithData(IDistributedApplicationBuilder builder, string name, string secretsDirectory)
    {
        var value = ReadOrCreate(Path.Combine(secretsDirectory, name));
        return builder.AddParameter(name, () => value, secret: true);
    }

    /// <summary>A connection string the user supplies as <c>ConnectionStrings:{name}</c>.</summary>
    public static IResourceBuilder<ParameterResource> FromConnectionStrings(IDistributedApplicationBuilder builder, string name) =>
        builder.AddParameterFromConfiguration($"{name}-connection-string", $"ConnectionStrings:{name}", secret: true);

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var stored = File.ReadAllText(path).Trim();
            if (stored.Length > 0) return stored;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var value = RandomNumberGenerator.GetString(Alphabet, GeneratedLength);
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, value);
        }
        else
        {
            // Created owner-only from the start, so the secret is never readable by others, even briefly.
            using var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            using var writer = new StreamWriter(stream);
            writer.Write(value);
        }
        return value;
    }
}
