using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Onboarding.Testing.Contracts;

/// <summary>
/// Compares a running service's OpenAPI document with the one checked in under docs/openapi/, so that a change to
/// the published HTTP contract is always a visible change to that file. With <c>UPDATE_OPENAPI=1</c> the test writes
/// the file instead (scripts/update-openapi.sh does that for every service).
/// </summary>
public static class PublishedContract
{
    public const string UpdateVariable = "UPDATE_OPENAPI";
    public const string DocumentPath = "/openapi/v1.json";

    public static async Task AssertMatchesCheckedInAsync(HttpClient service, string serviceName)
    {
        using var response = await service.GetAsync(DocumentPath);
        response.EnsureSuccessStatusCode();
        var actual = Normalise(await response.Content.ReadAsStringAsync());
        var file = Path.Combine(RepositoryRoot.Path, "docs", "openapi", $"{serviceName}.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, actual);
            return;
        }

        var expected = File.Exists(file) ? Normalise(await File.ReadAllTextAsync(file)) : "";
        if (expected == actual) return;
        throw new XunitException(
            $"The OpenAPI document of {serviceName} differs from docs/openapi/{serviceName}.json " +
            $"(- checked in, + running service):\n\n{TextDiff.Unified(expected, actual)}\n\n" +
            $"If the change is intended, regenerate the checked-in documents with `scripts/update-openapi.sh` " +
            $"(or this test with {UpdateVariable}=1) and commit them.");
    }

    /// <summary>Object members sorted, two-space indentation, LF line ends, no servers (hosts and ports vary).</summary>
    public static string Normalise(string json)
    {
        var node = JsonNode.Parse(json) ?? throw new InvalidOperationException("Empty OpenAPI document.");
        if (node is JsonObject document) document.Remove("servers");
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return Sorted(node)!.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, Sorted(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
