using System.Text.Json.Nodes;

namespace Onboarding.Deploy.Tests;

/// <summary>
/// What the AppHost gives each project, read from its own manifest publisher (<c>--publisher manifest</c>), so the
/// comparison follows AppHost/ without a hand-kept list. Twilio is switched on (<c>TwilioPhone:From</c>) because a
/// deployment always has it: notification does not start without a phone channel.
/// </summary>
internal sealed class AppHostManifest
{
    private static readonly Lazy<AppHostManifest> Published = new(Publish);

    private readonly JsonObject resources;

    private AppHostManifest(JsonObject resources) => this.resources = resources;

    public static AppHostManifest Instance => Published.Value;

    /// <summary>Every project resource: the services, the gateway, the console and each <c>-migrate</c> step.</summary>
    public IReadOnlyList<string> Projects =>
        resources.Where(r => ((string?)r.Value!["type"])?.StartsWith("project", StringComparison.Ordinal) == true).Select(r => r.Key).ToList();

    public IReadOnlyList<string> Args(string project) =>
        resources[project]!["args"]?.AsArray().Select(a => (string)a!).ToList() ?? [];

    /// <summary>The project's configuration keys (those with <c>__</c>: settings, connection strings, service discovery) and their values.</summary>
    public IReadOnlyDictionary<string, string> Settings(string project) =>
        resources[project]!["env"]!.AsObject()
            .Where(e => e.Key.Contains("__", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value!.ToString());

    /// <summary>The secret parameter a value is exactly (<c>{name.value}</c>), if any.</summary>
    public string? SecretParameter(string value)
    {
        if (!value.StartsWith('{') || !value.EndsWith(".value}", StringComparison.Ordinal)) return null;
        var name = value[1..^".value}".Length];
        var parameter = resources[name];
        return (string?)parameter?["type"] == "parameter.v0" && (bool?)parameter["inputs"]?["value"]?["secret"] == true ? name : null;
    }

    private static AppHostManifest Publish()
    {
        // The AppHost built beside this assembly's configuration (the ProjectReference builds it first).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var appHost = Path.Combine(Tools.RepositoryRoot, "AppHost", "bin", configuration, "net10.0", "Onboarding.AppHost.dll");
        if (!File.Exists(appHost)) throw new InvalidOperationException($"{appHost} is not built.");
        var output = Path.Combine(Path.GetTempPath(), $"onboarding-deploy-tests-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, stdout, error) = Tools.Run("dotnet",
                [appHost, "--publisher", "manifest", "--output-path", output, "--TwilioPhone:From=+815012345678"]);
            if (exitCode != 0 || !File.Exists(output)) throw new InvalidOperationException($"The AppHost's manifest publisher failed: {stdout}\n{error}");
            return new AppHostManifest(JsonNode.Parse(File.ReadAllText(output))!["resources"]!.AsObject());
        }
        finally
        {
            File.Delete(output);
        }
    }
}
