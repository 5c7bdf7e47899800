using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Onboarding.AppHost.Commands;

/// <summary>
/// The help desk's "unlock member number" button on the membership resource: asks for the number and calls
/// membership's operator endpoint with membership's own operator key, so that a member locked out of STEP 1's lookup (too
/// many wrong birth dates) can try again at once.
/// </summary>
public static class LookupUnlockCommand
{
    public const string Name = "unlock-member-number";
    private const string NumberArgument = "memberNumber";

    public static IResourceBuilder<ProjectResource> WithLookupUnlockCommand(
        this IResourceBuilder<ProjectResource> membership) =>
        membership.WithCommand(Name, "Unlock member number (STEP 1 lookups)", async context =>
        {
            var number = context.Arguments?[NumberArgument]?.Value?.Trim() ?? "";
            using var http = new HttpClient { BaseAddress = new Uri(membership.GetEndpoint(ResourceNames.HttpEndpoint).Url) };
            using var request = new HttpRequestMessage(HttpMethod.Post,
                $"/api/membership/operator/lookup-lockouts/{Uri.EscapeDataString(number)}/unlock");
            request.Headers.Add("X-Operator-Key", await membership.OperatorKey().Resource.GetValueAsync(context.CancellationToken) ?? "");
            request.Headers.AcceptLanguage.ParseAdd("en");

            using var response = await http.SendAsync(request, context.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return CommandResults.Failure($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(context.CancellationToken)}");
            }
            var unlocked = await response.Content.ReadFromJsonAsync<Unlocked>(context.CancellationToken);
            var summary = unlocked switch
            {
                null => "Unlocked.",
                { KnownMember: false } => $"{unlocked.MemberNumber} is not on the roster: check the number (nothing was locked for a member).",
                { WasLocked: true } => $"{unlocked.MemberNumber} unlocked (it was locked until {unlocked.LockedUntil:u}).",
                _ => $"{unlocked.MemberNumber} was not locked; its failed attempts are cleared.",
            };
            // The member number identifies a member: it stays in the command's answer, not in the AppHost's log.
            context.Logger.LogInformation("Member number unlock: known member {Known}, was locked {WasLocked}", unlocked?.KnownMember, unlocked?.WasLocked);
            return unlocked is { KnownMember: false } ? CommandResults.Failure(summary) : CommandResults.Success(summary);
        }, new CommandOptions
        {
            Description = "Lets a member locked out of STEP 1 (too many wrong birth dates) try again now, starting again at 5 tries.",
            IconName = "LockOpen",
            Arguments =
            [
                new InteractionInput
                {
                    Name = NumberArgument,
                    Label = "Member number (12 digits)",
                    InputType = InputType.Text,
                    Required = true,
                },
            ],
            UpdateState = state => state.ResourceSnapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                ? ResourceCommandState.Enabled
                : ResourceCommandState.Disabled,
        });

    private sealed record Unlocked(string MemberNumber, bool KnownMember, bool WasLocked, DateTimeOffset? LockedUntil);
}
