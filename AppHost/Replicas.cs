using Microsoft.Extensions.Configuration;

namespace Onboarding.AppHost;

/// <summary>
/// How many replicas of every service, the gateway and the operator console the AppHost starts
/// (<c>Onboarding:Replicas</c>, default 1; <c>./run.sh</c> passes nothing). Aspire starts that many processes of each
/// project and its reverse proxy spreads connections over them behind the one address (the fixed ports 8080 and 8090
/// included), so a browser's requests may reach any replica. The <c>-migrate</c> steps stay single: they run once,
/// before any replica starts. Kubernetes sets its own counts (deploy/); this proves the same code on one machine.
/// </summary>
internal static class Replicas
{
    public const string Setting = "Onboarding:Replicas";

    /// <summary>Replicas beyond this on a development machine are a typo, not a test (each is a whole process).</summary>
    private const int Maximum = 8;

    public static int From(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value)) return 1;
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
               && count is >= 1 and <= Maximum
            ? count
            : throw new InvalidOperationException($"'{Setting}' must be a whole number from 1 to {Maximum}; it is '{value}'.");
    }

    /// <summary>The configured number of replicas; with 1, no annotation, so a plain run is exactly what it was.</summary>
    public static IResourceBuilder<ProjectResource> WithConfiguredReplicas(this IResourceBuilder<ProjectResource> project)
    {
        var count = From(project.ApplicationBuilder.Configuration);
        return count == 1 ? project : project.WithReplicas(count);
    }
}
