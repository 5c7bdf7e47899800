using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Onboarding.Deploy.Tests;

/// <summary>
/// The checks a rendered overlay must pass beyond its schemas: cross-references, the security and probe rules every
/// workload follows, and agreement with the AppHost. Each returns the problems it found (empty: none), so that the
/// broken-manifest cases can show that each check catches what it is for.
/// </summary>
internal static class ManifestChecks
{
    public const string PhaseLabel = "deploy.onboarding/phase";

    /// <summary>Settings a deployment needs that the AppHost does not give on one machine, each with its reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> DeploymentOnlySettings = new Dictionary<string, string>
    {
        // docs/architecture.md §9.4: behind an ingress the addresses come from X-Forwarded-For, trusted only from there.
        ["Gateway__TrustedProxyNetworks__0"] = "the ingress controller's network",
        ["Membership__TrustedProxyNetworks__0"] = "the gateway pods' network",
        // The helper branch adding the AppHost parameter notification-recipient-key; once merged the AppHost gives it too.
        ["Notification__RecipientKey"] = "notification's recipient hashing key",
    };

    public static IEnumerable<string> All(IReadOnlyList<KubeObject> objects, string overlay) =>
        Schemas(objects)
            .Concat(CustomResourceChecks.Problems(objects, overlay))
            .Concat(NoStoredSecrets(objects))
            .Concat(Phases(objects))
            .Concat(ServicesSelectPods(objects))
            .Concat(ConfigAndSecretReferences(objects, DocumentedSecrets.Read()))
            .Concat(Workloads(objects))
            .Concat(NetworkPolicies(objects, overlay))
            .Concat(Images(objects, ContainerRepositories()))
            .Concat(SandboxOnlyLocally(objects, overlay))
            .Concat(AgreesWithAppHost(objects, overlay, AppHostManifest.Instance));

    public static IEnumerable<string> Schemas(IEnumerable<KubeObject> objects) =>
        objects.Where(o => !o.Valid).Select(o => $"{o}: {string.Join("; ", o.Errors)}");

    public static IEnumerable<string> NoStoredSecrets(IEnumerable<KubeObject> objects) =>
        objects.Where(o => o.Kind == "Secret").Select(o => $"{o}: Secrets are referenced, never stored in the repository");

    /// <summary>deploy/README.md applies platform, then the migrate Jobs, then the rest: every object says which.</summary>
    public static IEnumerable<string> Phases(IEnumerable<KubeObject> objects)
    {
        foreach (var o in objects)
        {
            var phase = (string?)o.Json["metadata"]?["labels"]?[PhaseLabel];
            var expected = o.Kind == "Job" ? "migrate" : o.Kind is "Deployment" && o.Name != "otel-collector" ? "app" : null;
            if (phase is not ("platform" or "migrate" or "app")) yield return $"{o}: no {PhaseLabel} label (platform, migrate or app)";
            else if (expected is not null && phase != expected) yield return $"{o}: {PhaseLabel} is {phase}, not {expected}";
        }
    }

    public static IEnumerable<string> ServicesSelectPods(IReadOnlyList<KubeObject> objects)
    {
        var podLabels = objects.Where(o => o.Kind == "Deployment")
            .Select(o => o.Json["spec"]!["template"]!["metadata"]!["labels"]!.AsObject()).ToList();
        foreach (var service in objects.Where(o => o.Kind == "Service"))
        {
            var selector = service.Json["spec"]?["selector"]?.AsObject();
            if (selector is null || selector.Count == 0)
            {
                yield return $"{service}: no selector";
                continue;
            }
            var target = podLabels.FirstOrDefault(labels => selector.All(s => (string?)labels[s.Key] == (string?)s.Value));
            if (target is null) yield return $"{service}: selects no Deployment's pods";
        }
    }

    public static IEnumerable<string> ConfigAndSecretReferences(IReadOnlyList<KubeObject> objects, IReadOnlyDictionary<string, IReadOnlySet<string>> documented)
    {
        var configMaps = objects.Where(o => o.Kind == "ConfigMap")
            .ToDictionary(o => o.Name, o => o.Json["data"]?.AsObject().Select(d => d.Key).ToHashSet() ?? []);
        foreach (var o in objects)
        {
            foreach (var reference in Descendants(o.Json))
            {
                if (reference["configMapKeyRef"] is JsonObject cm)
                {
                    var (name, key) = ((string)cm["name"]!, (string)cm["key"]!);
                    if (!configMaps.TryGetValue(name, out var keys)) yield return $"{o}: ConfigMap {name} is not declared";
                    else if (!keys.Contains(key)) yield return $"{o}: ConfigMap {name} has no key {key}";
                }
                if (reference["configMapRef"] is JsonObject cmRef && !configMaps.ContainsKey((string)cmRef["name"]!))
                    yield return $"{o}: ConfigMap {cmRef["name"]} is not declared";
                if (reference["secretKeyRef"] is JsonObject secret)
                {
                    var (name, key) = ((string)secret["name"]!, (string)secret["key"]!);
                    if (!documented.TryGetValue(name, out var keys)) yield return $"{o}: Secret {name} is not documented in deploy/README.md";
                    else if (!keys.Contains(key)) yield return $"{o}: Secret {name}'s key {key} is not documented in deploy/README.md";
                }
            }
            // The operators' and the ingresses' Secrets: passwordSecret, initdb's secret, s3Credentials, TLS.
            foreach (var name in SecretNames(o)) if (!documented.ContainsKey(name)) yield return $"{o}: Secret {name} is not documented in deploy/README.md";
        }
    }

    /// <summary>Every Deployment and Job of ours: replicas, probes on a declared port, and the pod's hardening.</summary>
    public static IEnumerable<string> Workloads(IReadOnlyList<KubeObject> objects)
    {
        foreach (var o in objects.Where(o => o.Kind is "Deployment" or "Job" && o.Name != "otel-collector"))
        {
            var pod = o.Json["spec"]!["template"]!["spec"]!;
            if (o.Kind == "Deployment" && (Integer(o.Json["spec"]!["replicas"]) ?? 1) < 2) yield return $"{o}: fewer than 2 replicas";
            if (o.Kind == "Job" && pod["containers"]![0]!["args"]?.ToJsonString() != "[\"migrate\"]") yield return $"{o}: not started with the single argument migrate";
            var tmpVolumes = pod["volumes"]?.AsArray().Where(v => v!["emptyDir"] is not null).Select(v => (string)v!["name"]!).ToHashSet() ?? [];
            foreach (var container in pod["containers"]!.AsArray().Select(c => c!))
            {
                var name = $"{o}/{container["name"]}";
                var security = container["securityContext"];
                if ((bool?)security?["runAsNonRoot"] != true && (bool?)pod["securityContext"]?["runAsNonRoot"] != true) yield return $"{name}: not runAsNonRoot";
                if ((bool?)security?["readOnlyRootFilesystem"] != true) yield return $"{name}: root filesystem not read-only";
                if ((bool?)security?["allowPrivilegeEscalation"] != false) yield return $"{name}: privilege escalation not refused";
                if (security?["capabilities"]?["drop"]?.AsArray().Any(c => (string?)c == "ALL") != true) yield return $"{name}: capabilities not all dropped";
                if (container["volumeMounts"]?.AsArray().Any(m => (string?)m!["mountPath"] == "/tmp" && tmpVolumes.Contains((string)m!["name"]!)) != true)
                    yield return $"{name}: no emptyDir at /tmp";
                if (container["resources"]?["requests"]?["cpu"] is null || container["resources"]?["limits"]?["memory"] is null)
                    yield return $"{name}: no CPU request or memory limit";
                if (o.Kind != "Deployment") continue;
                var ports = container["ports"]?.AsArray().Select(p => p!).ToList() ?? [];
                foreach (var (probe, path) in new[] { ("readinessProbe", "/health"), ("livenessProbe", "/alive") })
                {
                    var get = container[probe]?["httpGet"];
                    if (get is null) { yield return $"{name}: no {probe}"; continue; }
                    if ((string?)get["path"] != path) yield return $"{name}: {probe} is {get["path"]}, not {path}";
                    var port = get["port"]!.ToString();
                    if (!ports.Any(p => (string?)p["name"] == port || p["containerPort"]!.ToString() == port))
                        yield return $"{name}: {probe} port {port} is not a declared container port";
                }
            }
        }
    }

    /// <summary>
    /// Default deny; from the ingress controller only the gateway and the console (and locally the sandbox's pages);
    /// each service only from the workloads that call it (their <c>services__&lt;service&gt;__http__0</c>); each pod's
    /// database label (what the database's policy admits) the database its connection string opens.
    /// </summary>
    public static IEnumerable<string> NetworkPolicies(IReadOnlyList<KubeObject> objects, string overlay)
    {
        var policies = objects.Where(o => o.Kind == "NetworkPolicy").ToList();
        var deny = policies.FirstOrDefault(p => p.Json["spec"]?["podSelector"]?.AsObject().Count == 0
            && p.Json["spec"]?["ingress"] is null && p.Json["spec"]?["egress"] is null);
        if (deny is null || deny.Json["spec"]!["policyTypes"]!.AsArray().Count != 2) yield return "no default-deny NetworkPolicy (ingress and egress)";

        HashSet<string> exposed = overlay == "local" ? ["gateway", "operator-console", "wallet-sandbox"] : ["gateway", "operator-console"];
        var workloads = objects.Where(o => o.Kind is "Deployment" or "Job").ToList();
        foreach (var policy in policies)
        {
            var target = (string?)policy.Json["spec"]?["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"];
            var callers = workloads.Where(w => Env(w).Any(e => (string?)e["name"] == $"services__{target}__http__0"))
                .Select(w => w.Name).ToHashSet();
            foreach (var source in policy.Json["spec"]?["ingress"]?.AsArray().SelectMany(rule => rule!["from"]?.AsArray() ?? []) ?? [])
            {
                var fromNamespace = (string?)source!["namespaceSelector"]?["matchLabels"]?["kubernetes.io/metadata.name"];
                if (fromNamespace == "ingress-nginx" && !exposed.Contains(target ?? ""))
                    yield return $"{policy}: the ingress controller reaches {target ?? "pods"}, which are not an entry point";
                var fromPod = (string?)source["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"];
                if (fromPod is not null && fromNamespace is null && target is not null && objects.Any(o => o.Kind == "Service" && o.Name == target)
                    && !callers.Contains(fromPod))
                    yield return $"{policy}: {fromPod} reaches {target} but does not call it";
            }
        }
        foreach (var w in workloads.Where(w => w.Name != "otel-collector"))
        {
            var label = (string?)w.Json["spec"]!["template"]!["metadata"]?["labels"]?["deploy.onboarding/database"];
            var databases = Env(w).Select(e => (string)e["name"]!)
                .Where(n => n.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && n != "ConnectionStrings__rabbitmq")
                .Select(n => n["ConnectionStrings__".Length..]).ToList();
            if (databases.Count != 1 || label != databases[0]) yield return $"{w}: pod label deploy.onboarding/database is {label}, its database {string.Join(",", databases)}";
        }
    }

    private static IEnumerable<JsonObject> Env(KubeObject workload) =>
        workload.Json["spec"]?["template"]?["spec"]?["containers"]?[0]?["env"]?.AsArray().Select(e => e!.AsObject()) ?? [];

    /// <summary>Each of our images (onboarding/&lt;name&gt;, after the overlay's registry) is a project's ContainerRepository.</summary>
    public static IEnumerable<string> Images(IReadOnlyList<KubeObject> objects, IReadOnlySet<string> repositories)
    {
        foreach (var o in objects.Where(o => o.Kind is "Deployment" or "Job" && o.Name != "otel-collector"))
        {
            foreach (var container in o.Json["spec"]!["template"]!["spec"]!["containers"]!.AsArray())
            {
                var image = (string)container!["image"]!;
                var withoutTag = image.Split('@')[0];
                var lastColon = withoutTag.LastIndexOf(':');
                if (lastColon > withoutTag.LastIndexOf('/')) withoutTag = withoutTag[..lastColon];
                var segments = withoutTag.Split('/');
                var repository = string.Join('/', segments.TakeLast(2));
                if (!repositories.Contains(repository)) yield return $"{o}: image {image} is no project's ContainerRepository";
            }
        }
    }

    public static IEnumerable<string> SandboxOnlyLocally(IReadOnlyList<KubeObject> objects, string overlay)
    {
        if (overlay == "local")
        {
            if (!objects.Any(o => o.Kind == "Deployment" && o.Name == "wallet-sandbox")) yield return "local: no wallet-sandbox Deployment";
            yield break;
        }
        foreach (var o in objects.Where(o => o.Json.ToJsonString().Contains("sandbox", StringComparison.OrdinalIgnoreCase)))
            yield return $"{o}: names the wallet-sandbox, which is never deployed to {overlay}";
    }

    /// <summary>
    /// The same workloads as the AppHost's projects (the services, gateway, console and their -migrate steps; the
    /// sandbox only locally), each with the same configuration keys, and every key the AppHost fills from a secret
    /// parameter taken from the Secret of that parameter's name.
    /// </summary>
    public static IEnumerable<string> AgreesWithAppHost(IReadOnlyList<KubeObject> objects, string overlay, AppHostManifest appHost)
    {
        var expected = appHost.Projects.Where(p => overlay == "local" || !p.StartsWith("wallet-sandbox", StringComparison.Ordinal)).ToHashSet();
        var workloads = objects.Where(o => (o.Kind == "Deployment" && o.Name != "otel-collector") || o.Kind == "Job")
            .ToDictionary(o => o.Name, o => o);
        foreach (var missing in expected.Except(workloads.Keys)) yield return $"{missing}: the AppHost's project has no Deployment or Job";
        foreach (var extra in workloads.Keys.Except(expected)) yield return $"{extra}: no such project in the AppHost";
        foreach (var name in expected.Intersect(workloads.Keys))
        {
            var o = workloads[name];
            var isJob = name.EndsWith("-migrate", StringComparison.Ordinal);
            if (isJob != (o.Kind == "Job")) yield return $"{o}: the AppHost's {name} is {(isJob ? "a migrate step" : "a service")}";
            if (isJob && appHost.Args(name) is not ["migrate"]) yield return $"{name}: the AppHost's step is not started with migrate";
            var env = o.Json["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray()
                .Select(e => e!.AsObject()).ToDictionary(e => (string)e["name"]!, e => e);
            var manifestKeys = env.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToHashSet();
            var settings = appHost.Settings(name);
            foreach (var key in settings.Keys.Except(manifestKeys)) yield return $"{o}: the AppHost gives {key}, the manifest does not";
            foreach (var key in manifestKeys.Except(settings.Keys).Except(DeploymentOnlySettings.Keys)) yield return $"{o}: {key} is not a setting the AppHost gives {name}";
            foreach (var (key, value) in settings)
            {
                if (!env.TryGetValue(key, out var variable)) continue;
                if (appHost.SecretParameter(value) is { } parameter && (string?)variable["valueFrom"]?["secretKeyRef"]?["name"] != parameter)
                    yield return $"{o}: {key} must come from the Secret {parameter} (the AppHost's secret parameter)";
                if (key.StartsWith("services__", StringComparison.Ordinal))
                {
                    var service = key.Split("__")[1];
                    if ((string?)variable["value"] != $"http://{service}" || !objects.Any(s => s.Kind == "Service" && s.Name == service))
                        yield return $"{o}: {key} is not http://{service} (a declared Service)";
                }
            }
        }
    }

    /// <summary>ContainerRepository of every project that declares one.</summary>
    public static IReadOnlySet<string> ContainerRepositories() =>
        Directory.EnumerateFiles(Tools.RepositoryRoot, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(path => XDocument.Load(path).Descendants("ContainerRepository").Select(e => e.Value.Trim()))
            .ToHashSet();

    /// <summary>A number, or null when absent or of another type (the schema validation reports the type).</summary>
    public static int? Integer(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj) foreach (var d in Descendants(child.Value)) yield return d;
                break;
            case JsonArray array:
                foreach (var item in array) foreach (var d in Descendants(item)) yield return d;
                break;
        }
    }

    private static IEnumerable<string> SecretNames(KubeObject o)
    {
        foreach (var node in Descendants(o.Json))
        {
            if (node["passwordSecret"]?["name"] is JsonValue password) yield return (string)password!;
            if (o.Kind == "Cluster" && node["secret"]?["name"] is JsonValue initdb) yield return (string)initdb!;
            foreach (var credential in new[] { "accessKeyId", "secretAccessKey" })
                if (node[credential]?["name"] is JsonValue s3) yield return (string)s3!;
        }
        if (o.Kind == "Ingress")
            foreach (var tls in o.Json["spec"]?["tls"]?.AsArray() ?? []) yield return (string)tls!["secretName"]!;
    }
}
