using Microsoft.Extensions.Logging;
using Onboarding.Membership.Import;

namespace Onboarding.AppHost.Commands;

/// <summary>
/// The operators' "import roster" button on the membership resource: asks for the path of a CSV file on the AppHost's
/// machine and sends it to membership's operator endpoint with membership's own operator key (docs/architecture.md §9.1).
/// </summary>
public static class RosterImportCommand
{
    public const string Name = "import-roster";
    private const string PathArgument = "path";

    public static IResourceBuilder<ProjectResource> WithRosterImportCommand(this IResourceBuilder<ProjectResource> membership) =>
        membership.WithCommand(Name, "Import member roster (CSV)", async context =>
        {
            var path = context.Arguments?[PathArgument]?.Value?.Trim();
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                return CommandResults.Failure($"No such file: '{path}'.");
            }

            using var http = new HttpClient
            {
                BaseAddress = new Uri(membership.GetEndpoint(ResourceNames.HttpEndpoint).Url),
                Timeout = TimeSpan.FromMinutes(30), // a million rows take about a minute; leave room
            };
            var key = await membership.OperatorKey().Resource.GetValueAsync(context.CancellationToken) ?? "";
            var outcome = await new RosterImportClient(http, key).ImportFileAsync(path, "en", context.CancellationToken);
            context.Logger.LogInformation("Roster import of {File}: {Summary}", Path.GetFileName(path), outcome.Summary);
            return outcome.Succeeded ? CommandResults.Success() : CommandResults.Failure(outcome.Summary);
        }, new CommandOptions
        {
            Description = "Upserts members from a CSV file (UTF-8 or Shift_JIS) and reports inserted, updated and rejected rows.",
            IconName = "DocumentArrowUp",
            Arguments =
            [
                new InteractionInput
                {
                    Name = PathArgument,
                    Label = "CSV file path (on the AppHost's machine)",
                    InputType = InputType.Text,
                    Required = true,
                },
            ],
            UpdateState = state => state.ResourceSnapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                ? ResourceCommandState.Enabled
                : ResourceCommandState.Disabled,
        });
}
