using Microsoft.Extensions.Diagnostics.HealthChecks;
using Onboarding.AppHost;

namespace Onboarding.EndToEnd.Tests;

public enum Readiness
{
    NotYet,
    Ready,
    Failed,
}

/// <summary>What "up" means for each kind of resource of the system.</summary>
public static class ResourceReadiness
{
    private static readonly HashSet<string> MigrationSteps = [.. ResourceNames.DatabaseOwners.Select(ResourceNames.Migration)];

    public static bool IsMigrationStep(IResource resource) => MigrationSteps.Contains(resource.Name);

    /// <summary>
    /// A migrate step is ready once it finished with exit code 0. Everything else (servers, connection strings,
    /// services, the mail server) is ready when Running and every health check passes, and has failed when it could
    /// not start or stopped.
    /// </summary>
    public static Readiness Of(IResource resource, CustomResourceSnapshot snapshot)
    {
        var state = snapshot.State?.Text;
        if (state == KnownResourceStates.FailedToStart) return Readiness.Failed;

        if (IsMigrationStep(resource))
        {
            if (state != KnownResourceStates.Finished && state != KnownResourceStates.Exited) return Readiness.NotYet;
            return snapshot.ExitCode == 0 ? Readiness.Ready : Readiness.Failed;
        }

        if (state == KnownResourceStates.Finished || state == KnownResourceStates.Exited) return Readiness.Failed;
        if (state != KnownResourceStates.Running) return Readiness.NotYet;
        return snapshot.HealthReports.IsEmpty || snapshot.HealthStatus == HealthStatus.Healthy
            ? Readiness.Ready
            : Readiness.NotYet;
    }

    public static string Describe(CustomResourceSnapshot snapshot)
    {
        var description = $"state {snapshot.State?.Text ?? "(none)"}";
        if (snapshot.ExitCode is { } exitCode) description += $", exit code {exitCode}";
        if (!snapshot.HealthReports.IsEmpty)
        {
            description += $", health {snapshot.HealthStatus?.ToString() ?? "not checked yet"}";
            var failing = snapshot.HealthReports
                .Where(report => report.Status != HealthStatus.Healthy)
                .Select(report => $"{report.Name}: {report.Status?.ToString() ?? "pending"}" +
                    (report.Description is { Length: > 0 } d ? $" ({d})" : "") +
                    (report.ExceptionText is { Length: > 0 } e ? $" [{e.Split('\n')[0].Trim()}]" : ""));
            var details = string.Join("; ", failing);
            if (details.Length > 0) description += $" — {details}";
        }
        return description;
    }
}
