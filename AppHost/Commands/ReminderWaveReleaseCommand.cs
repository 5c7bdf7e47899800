using System.Net.Http.Json;

namespace Onboarding.AppHost.Commands;

/// <summary>
/// The operators' "release reminder wave now" button on the membership resource (architecture §9.8): asks for the
/// wave and calls membership's operator endpoint with membership's own operator key. The preview (whom it would
/// mail) is <c>GET /api/membership/operator/reminder-waves/{id}</c>.
/// </summary>
public static class ReminderWaveReleaseCommand
{
    public const string Name = "release-reminder-wave";
    private const string WaveArgument = "waveId";

    public static IResourceBuilder<ProjectResource> WithReminderWaveReleaseCommand(this IResourceBuilder<ProjectResource> membership) =>
        membership.WithCommand(Name, "Release deadline reminder wave now", async context =>
        {
            var waveId = context.Arguments?[WaveArgument]?.Value?.Trim() ?? "";
            using var http = new HttpClient { BaseAddress = new Uri(membership.GetEndpoint(ResourceNames.HttpEndpoint).Url) };
            using var request = new HttpRequestMessage(HttpMethod.Post,
                $"/api/membership/operator/reminder-waves/{Uri.EscapeDataString(waveId)}/release");
            request.Headers.Add("X-Operator-Key", await membership.OperatorKey().Resource.GetValueAsync(context.CancellationToken) ?? "");
            request.Headers.AcceptLanguage.ParseAdd("en");

            using var response = await http.SendAsync(request, context.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return CommandResults.Failure($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(context.CancellationToken)}");
            }
            var wave = await response.Content.ReadFromJsonAsync<Wave>(context.CancellationToken);
            return CommandResults.Success($"Wave {wave?.Id} released at {wave?.ReleasedAt:u}: sending starts within the poll interval (30 s).");
        }, new CommandOptions
        {
            Description = "Sends a deadline reminder wave now instead of at its due time (when reminders are enabled, Onboarding:Reminders=true). "
                + "Waves are named <cut-over date>-d<days before>, e.g. 2027-01-01-d14; list them with GET /api/membership/operator/reminder-waves.",
            IconName = "MailArrowUp",
            ConfirmationMessage = "Release this wave now? Every member not yet done who has an address on file will be mailed.",
            Arguments =
            [
                new InteractionInput
                {
                    Name = WaveArgument,
                    Label = "Wave (e.g. 2027-01-01-d14)",
                    InputType = InputType.Text,
                    Required = true,
                },
            ],
            UpdateState = state => state.ResourceSnapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                ? ResourceCommandState.Enabled
                : ResourceCommandState.Disabled,
        });

    private sealed record Wave(string Id, DateTimeOffset? ReleasedAt);
}
