using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Onboarding.AppHost.Commands;

/// <summary>
/// The operators' "re-drive parked messages" button on each service that consumes messages: calls the service's
/// operator endpoint <c>POST /api/{prefix}/operator/parked-messages/redrive</c> with that service's own operator key, which
/// moves every message parked in the service's <c>_error</c> queues back to its queue (after the fault was fixed).
/// </summary>
public static class RedriveParkedMessagesCommand
{
    public const string Name = "redrive-parked-messages";

    public static IResourceBuilder<ProjectResource> WithRedriveParkedMessagesCommand(
        this IResourceBuilder<ProjectResource> service, string apiPrefix) =>
        service.WithCommand(Name, "Re-drive parked messages", async context =>
        {
            using var http = new HttpClient { BaseAddress = new Uri(service.GetEndpoint(ResourceNames.HttpEndpoint).Url) };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{apiPrefix}/operator/parked-messages/redrive");
            request.Headers.Add("X-Operator-Key", await service.OperatorKey().Resource.GetValueAsync(context.CancellationToken) ?? "");
            using var response = await http.SendAsync(request, context.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return CommandResults.Failure($"The service answered {(int)response.StatusCode}.");
            }
            var result = await response.Content.ReadFromJsonAsync<RedriveResult>(context.CancellationToken);
            var summary = $"{result?.Total ?? 0} parked message(s) moved back";
            context.Logger.LogInformation("Re-drive on {Service}: {Summary}", service.Resource.Name, summary);
            return CommandResults.Success(summary);
        }, new CommandOptions
        {
            Description = "Moves the messages that exhausted their retries and delayed redeliveries back to their queues. Fix the cause first.",
            IconName = "ArrowRepeatAll",
            ConfirmationMessage = "Move every parked message of this service back to its queue?",
            UpdateState = state => state.ResourceSnapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                ? ResourceCommandState.Enabled
                : ResourceCommandState.Disabled,
        });

    private sealed record RedriveResult(long Total);
}
