using System.Text.Json.Nodes;

namespace Onboarding.Deploy.Tests;

/// <summary>One Kubernetes object and what the schema validator said of it.</summary>
internal sealed record KubeObject(JsonObject Json, bool HasSchema, bool Valid, IReadOnlyList<string> Errors)
{
    public string Kind => (string?)Json["kind"] ?? "";
    public string Name => (string?)Json["metadata"]?["name"] ?? "";
    public override string ToString() => $"{Kind}/{Name}";
}

/// <summary>
/// Renders an overlay with <c>kubectl kustomize</c> and validates every object with deploy/validate/validate.mjs
/// (kubernetes-models: the OpenAPI schemas of Kubernetes 1.34). Objects of the operators' kinds come back without a
/// schema; <see cref="CustomResourceChecks"/> checks their required fields.
/// </summary>
internal static class RenderedObjects
{
    public static string Render(string overlay)
    {
        var (exitCode, output, error) = Tools.Run("kubectl", ["kustomize", Path.Combine(Tools.Deploy, "overlays", overlay)]);
        if (exitCode != 0) throw new InvalidOperationException($"kubectl kustomize {overlay} failed: {error}");
        return output;
    }

    public static IReadOnlyList<KubeObject> Overlay(string overlay) => Validate(Render(overlay));

    /// <summary>Validates YAML (or JSON documents separated by ---) and returns each object with the verdict.</summary>
    public static IReadOnlyList<KubeObject> Validate(string documents)
    {
        var validator = Path.Combine(Tools.Deploy, "validate");
        if (!Directory.Exists(Path.Combine(validator, "node_modules", "kubernetes-models")))
        {
            throw new InvalidOperationException("deploy/validate/node_modules is missing: run scripts/prerequisites.sh (npm ci).");
        }
        var (_, output, error) = Tools.Run("node", ["validate.mjs"], documents, validator);
        var objects = new List<KubeObject>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var verdict = JsonNode.Parse(line)!.AsObject();
            var json = verdict["object"]?.AsObject() ?? new JsonObject();
            objects.Add(new KubeObject(json, (bool?)verdict["schema"] ?? false, (bool)verdict["valid"]!,
                verdict["errors"]!.AsArray().Select(e => (string)e!).ToList()));
        }
        if (objects.Count == 0) throw new InvalidOperationException($"The validator printed nothing: {error}");
        return objects;
    }

    public static string ToDocuments(IEnumerable<JsonObject> objects) =>
        string.Join("---\n", objects.Select(o => o.ToJsonString() + "\n"));
}
