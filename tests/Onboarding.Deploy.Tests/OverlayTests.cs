namespace Onboarding.Deploy.Tests;

/// <summary>Every overlay renders, every object is valid against its schema, and every check of <see cref="ManifestChecks"/> passes.</summary>
public sealed class OverlayTests
{
    [Theory]
    [InlineData("production")]
    [InlineData("local")]
    public void Every_object_of_the_overlay_is_valid_and_every_check_passes(string overlay)
    {
        var objects = RenderedObjects.Overlay(overlay);

        Assert.Contains(objects, o => o.HasSchema);
        var problems = ManifestChecks.All(objects, overlay).ToList();
        Assert.True(problems.Count == 0, $"{overlay}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Production_has_for_each_service_a_deployment_service_migrate_job_budget_autoscaler_and_network_policy()
    {
        var objects = RenderedObjects.Overlay("production");
        string[] services = ["membership", "identity-portal", "notification", "wallet-link", "gateway", "operator-console"];

        foreach (var service in services)
        {
            foreach (var (kind, name) in new[] { ("Deployment", service), ("Service", service), ("Job", $"{service}-migrate"),
                         ("PodDisruptionBudget", service), ("HorizontalPodAutoscaler", service), ("NetworkPolicy", service) })
            {
                Assert.True(objects.Any(o => o.Kind == kind && o.Name == name), $"production has no {kind} {name}");
            }
        }
        Assert.Contains(objects, o => o.Kind == "NetworkPolicy" && o.Name == "default-deny");
        Assert.Equal(["gateway", "operator-console"],
            objects.Where(o => o.Kind == "Ingress").Select(o => (string)o.Json["spec"]!["rules"]![0]!["http"]!["paths"]![0]!["backend"]!["service"]!["name"]!).Order());
        Assert.Equal(2, objects.Where(o => o.Kind == "Ingress").Select(o => (string)o.Json["spec"]!["rules"]![0]!["host"]!).Distinct().Count());
    }
}
