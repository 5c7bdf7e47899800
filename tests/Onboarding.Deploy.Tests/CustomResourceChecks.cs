using System.Text.Json.Nodes;

namespace Onboarding.Deploy.Tests;

/// <summary>
/// The operators' custom resources have no schema in kubernetes-models: their required fields (as the CloudNativePG
/// and RabbitMQ cluster operator CRDs define them) and their agreement with the rest are checked here instead. Any
/// other kind without a schema is a problem (a typo in apiVersion or kind would otherwise pass unseen).
/// </summary>
internal static class CustomResourceChecks
{
    private static readonly HashSet<string> Known =
        ["postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database", "postgresql.cnpg.io/v1 ScheduledBackup", "rabbitmq.com/v1beta1 RabbitmqCluster"];

    public static IEnumerable<string> Problems(IReadOnlyList<KubeObject> objects, string overlay)
    {
        foreach (var o in objects.Where(o => !o.HasSchema && !Known.Contains($"{o.Json["apiVersion"]} {o.Kind}")))
            yield return $"{o}: {o.Json["apiVersion"]} {o.Kind} has no schema and is not a known custom resource";

        var clusters = objects.Where(o => o.Kind == "Cluster").ToList();
        if (clusters.Count != 1) yield return $"expected one CloudNativePG Cluster, found {clusters.Count}";
        var roles = new HashSet<string>();
        var databases = new Dictionary<string, string>();
        foreach (var cluster in clusters)
        {
            var spec = cluster.Json["spec"];
            var instances = ManifestChecks.Integer(spec?["instances"]);
            if (instances is null or < 1) yield return $"{cluster}: spec.instances must be a positive integer";
            if (overlay == "production" && instances != 3) yield return $"{cluster}: production runs 3 instances, not {instances}";
            if (spec?["storage"]?["size"] is null) yield return $"{cluster}: spec.storage.size is required";
            var initdb = spec?["bootstrap"]?["initdb"];
            if ((string?)initdb?["database"] is not { } bootDb || (string?)initdb?["owner"] is not { } bootOwner)
                yield return $"{cluster}: bootstrap.initdb needs database and owner";
            else
            {
                databases[bootDb] = bootOwner;
                roles.Add(bootOwner);
            }
            foreach (var role in spec?["managed"]?["roles"]?.AsArray() ?? [])
            {
                if ((string?)role!["name"] is not { } name) { yield return $"{cluster}: a managed role without a name"; continue; }
                roles.Add(name);
                if ((bool?)role["login"] != true || role["passwordSecret"]?["name"] is null) yield return $"{cluster}: role {name} needs login and passwordSecret";
            }
            if (overlay == "production" && spec?["backup"]?["barmanObjectStore"]?["destinationPath"] is null) yield return $"{cluster}: production has no backup";
        }
        var clusterNames = clusters.Select(c => c.Name).ToHashSet();
        foreach (var database in objects.Where(o => o.Kind == "Database"))
        {
            var spec = database.Json["spec"];
            var (name, owner, cluster) = ((string?)spec?["name"], (string?)spec?["owner"], (string?)spec?["cluster"]?["name"]);
            if (name is null || owner is null || cluster is null) { yield return $"{database}: spec.name, spec.owner and spec.cluster.name are required"; continue; }
            if (!clusterNames.Contains(cluster)) yield return $"{database}: cluster {cluster} is not declared";
            if (!roles.Contains(owner)) yield return $"{database}: owner {owner} is not a role of the cluster";
            databases[name] = owner;
        }
        foreach (var backup in objects.Where(o => o.Kind == "ScheduledBackup"))
        {
            if (backup.Json["spec"]?["schedule"] is null || !clusterNames.Contains((string?)backup.Json["spec"]?["cluster"]?["name"] ?? ""))
                yield return $"{backup}: needs a schedule and a declared cluster";
        }
        // Each workload's database exists and is owned by the role its owner Secret names (<database>-owner).
        foreach (var o in objects.Where(o => o.Kind is "Deployment" or "Job"))
        {
            foreach (var env in o.Json["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]?.AsArray() ?? [])
            {
                var key = (string)env!["name"]!;
                if (!key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || key == "ConnectionStrings__rabbitmq") continue;
                var database = key["ConnectionStrings__".Length..];
                if (!databases.ContainsKey(database)) yield return $"{o}: database {database} is not declared";
                if (!((string?)env["value"] ?? "").Contains($"Database={database};", StringComparison.Ordinal)) yield return $"{o}: {key} does not open {database}";
            }
        }
        var rabbit = objects.Where(o => o.Kind == "RabbitmqCluster").ToList();
        if (rabbit.Count != 1) yield return $"expected one RabbitmqCluster, found {rabbit.Count}";
        foreach (var r in rabbit)
        {
            var replicas = ManifestChecks.Integer(r.Json["spec"]?["replicas"]);
            if (replicas is null or < 1) yield return $"{r}: spec.replicas must be a positive integer";
            if (overlay == "production" && replicas != 3) yield return $"{r}: production runs 3 nodes, not {replicas}";
            if (r.Name != "onboarding-rabbitmq") yield return $"{r}: the services' connection strings name onboarding-rabbitmq";
        }
    }
}
