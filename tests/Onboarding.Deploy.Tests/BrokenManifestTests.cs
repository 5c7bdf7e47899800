using System.Text.Json.Nodes;

namespace Onboarding.Deploy.Tests;

/// <summary>
/// The checks fail when they should: each case breaks the rendered production overlay in one way, and the schema
/// validation or the checks must name the problem. A check that passes everything would pass the real manifests too.
/// </summary>
public sealed class BrokenManifestTests
{
    private static readonly Lazy<string> Production = new(() => RenderedObjects.ToDocuments(RenderedObjects.Overlay("production").Select(o => o.Json)));

    public static TheoryData<string, string> Cases => new()
    {
        { "replicas-as-text", "/spec/replicas must be integer" },
        { "service-selecting-nothing", "Service/gateway: selects no Deployment's pods" },
        { "undeclared-config-key", "ConfigMap onboarding-settings has no key cutover-day" },
        { "undocumented-secret", "Secret gateway-signing-key is not documented" },
        { "stored-secret", "Secret/leaked: Secrets are referenced, never stored" },
        { "readiness-on-wrong-path", "readinessProbe is /healthz, not /health" },
        { "probe-on-undeclared-port", "livenessProbe port metrics is not a declared container port" },
        { "image-of-no-project", "onboarding/billing:1.0.0 is no project's ContainerRepository" },
        { "sandbox-in-production", "names the wallet-sandbox" },
        { "setting-the-apphost-gives-missing", "the AppHost gives KeyEncryption__Key, the manifest does not" },
        { "secret-from-another-parameter", "KeyEncryption__Key must come from the Secret gateway-key-encryption-key" },
        { "root-filesystem-writable", "root filesystem not read-only" },
        { "one-replica", "Deployment/membership: fewer than 2 replicas" },
        { "database-instances-as-text", "spec.instances must be a positive integer" },
        { "database-of-unknown-owner", "owner nobody is not a role of the cluster" },
        { "kind-misspelt", "Deploymnet has no schema" },
        { "membership-exposed-to-the-ingress", "the ingress controller reaches membership, which are not an entry point" },
        { "notification-reached-by-who-does-not-call-it", "wallet-link reaches notification but does not call it" },
        { "no-default-deny", "no default-deny NetworkPolicy" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_manifest_fails_with_its_problem_named(string broken, string expected)
    {
        var objects = RenderedObjects.Validate(Production.Value).Select(o => o.Json).ToList();
        Break(broken, objects);

        var problems = ManifestChecks.All(RenderedObjects.Validate(RenderedObjects.ToDocuments(objects)), "production").ToList();

        Assert.True(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)),
            $"{broken}: expected a problem containing \"{expected}\", got:\n{string.Join('\n', problems)}");
    }

    private static void Break(string broken, List<JsonObject> objects)
    {
        JsonObject Find(string kind, string name) => objects.Single(o => (string?)o["kind"] == kind && (string?)o["metadata"]!["name"] == name);
        JsonObject Container(string kind, string name) => Find(kind, name)["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
        JsonObject Env(string kind, string name, string key) =>
            Container(kind, name)["env"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["name"] == key);

        switch (broken)
        {
            case "replicas-as-text": Find("Deployment", "gateway")["spec"]!["replicas"] = "two"; break;
            case "service-selecting-nothing": Find("Service", "gateway")["spec"]!["selector"] = new JsonObject { ["app.kubernetes.io/name"] = "gatewy" }; break;
            case "undeclared-config-key": Env("Deployment", "gateway", "Onboarding__CutoverDate")["valueFrom"]!["configMapKeyRef"]!["key"] = "cutover-day"; break;
            case "undocumented-secret": Env("Deployment", "gateway", "KeyEncryption__Key")["valueFrom"]!["secretKeyRef"]!["name"] = "gateway-signing-key"; break;
            case "stored-secret":
                objects.Add(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Secret",
                    ["metadata"] = new JsonObject { ["name"] = "leaked", ["labels"] = new JsonObject { [ManifestChecks.PhaseLabel] = "platform" } },
                    ["stringData"] = new JsonObject { ["value"] = "hunter2" } });
                break;
            case "readiness-on-wrong-path": Container("Deployment", "membership")["readinessProbe"]!["httpGet"]!["path"] = "/healthz"; break;
            case "probe-on-undeclared-port": Container("Deployment", "membership")["livenessProbe"]!["httpGet"]!["port"] = "metrics"; break;
            case "image-of-no-project": Container("Deployment", "notification")["image"] = "registry.example.coop/onboarding/billing:1.0.0"; break;
            case "sandbox-in-production":
                var sandbox = Find("Deployment", "wallet-link").DeepClone().AsObject();
                sandbox["metadata"]!["name"] = "wallet-sandbox";
                objects.Add(sandbox);
                break;
            case "setting-the-apphost-gives-missing":
                var env = Container("Deployment", "gateway")["env"]!.AsArray();
                env.Remove(env.Single(e => (string?)e!["name"] == "KeyEncryption__Key"));
                break;
            case "secret-from-another-parameter": Env("Deployment", "gateway", "KeyEncryption__Key")["valueFrom"]!["secretKeyRef"]!["name"] = "wallet-link-key-encryption-key"; break;
            case "root-filesystem-writable": Container("Deployment", "identity-portal")["securityContext"]!["readOnlyRootFilesystem"] = false; break;
            case "one-replica": Find("Deployment", "membership")["spec"]!["replicas"] = 1; break;
            case "database-instances-as-text": Find("Cluster", "onboarding-db")["spec"]!["instances"] = "three"; break;
            case "database-of-unknown-owner": Find("Database", "walletdb")["spec"]!["owner"] = "nobody"; break;
            case "kind-misspelt": Find("Deployment", "wallet-link")["kind"] = "Deploymnet"; break;
            case "membership-exposed-to-the-ingress":
                Find("NetworkPolicy", "membership")["spec"]!["ingress"]![0]!["from"]!.AsArray().Add(new JsonObject
                {
                    ["namespaceSelector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["kubernetes.io/metadata.name"] = "ingress-nginx" } },
                });
                break;
            case "notification-reached-by-who-does-not-call-it":
                Find("NetworkPolicy", "notification")["spec"]!["ingress"]![0]!["from"]!.AsArray().Add(new JsonObject
                {
                    ["podSelector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app.kubernetes.io/name"] = "wallet-link" } },
                });
                break;
            case "no-default-deny": objects.Remove(Find("NetworkPolicy", "default-deny")); break;
            default: throw new ArgumentException($"No such case: {broken}");
        }
    }
}
