using Onboarding.OperatorConsole.Services;
using Onboarding.ServiceDefaults.HelpDesk;

namespace Onboarding.OperatorConsole.HelpDesk;

/// <summary>One entry of the merged timeline: which service told it.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Service, string Kind, IReadOnlyDictionary<string, string> Facts);

/// <summary>
/// Everything the help desk shows of one opened member: membership's record (required), the portal account (if
/// any), and the timeline merged from every service, newest first. A service that does not answer leaves its part
/// out and is named in <see cref="Unavailable"/>, so staff know the page is incomplete rather than think nothing happened.
/// </summary>
public sealed record MemberFile(MemberDetail Member, PortalSummary? Portal, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<string> Unavailable);

/// <summary>Reads a <see cref="MemberFile"/> from the services' operator APIs (docs/architecture.md §9.9).</summary>
public sealed class MemberFiles(OperatorServices services)
{
    /// <summary>membership's problem (404 for an id not on the roster) when the member cannot be read at all.</summary>
    public async Task<ServiceAnswer<MemberFile>> ReadAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await services.Membership.GetAsync<MemberDetail>($"/api/membership/operator/members/{memberId}", cancellationToken);
        if (!member.Succeeded) return ServiceAnswer<MemberFile>.Failure(member.Problem);

        // The services' parts do not depend on one another (but notification's, which needs the account's addresses):
        // asked side by side, the page waits for the slowest, not for their sum.
        var portalTask = services.IdentityPortal.GetAsync<PortalSummary>($"/api/portal/operator/members/{memberId}", cancellationToken);
        var partTasks = new List<(string Service, Task<ServiceAnswer<MemberTimeline>> Answer)>
        {
            (services.Membership.Name, services.Membership.GetAsync<MemberTimeline>($"/api/membership/operator/members/{memberId}/timeline", cancellationToken)),
            (services.IdentityPortal.Name, services.IdentityPortal.GetAsync<MemberTimeline>($"/api/portal/operator/members/{memberId}/timeline", cancellationToken)),
            (services.WalletLink.Name, services.WalletLink.GetAsync<MemberTimeline>($"/api/wallet/operator/members/{memberId}/timeline", cancellationToken)),
        };

        var unavailable = new List<string>();
        // 404 member_not_found: identity-portal has never seen the member (no sign-up, no account).
        var portal = await portalTask;
        if (!portal.Succeeded && portal.Problem is not { Status: StatusCodes.Status404NotFound, IsUnavailable: false }) unavailable.Add(services.IdentityPortal.Name);
        var summary = portal.Succeeded ? portal.Value : null;

        // Mail and SMS are logged by recipient, not by member: every address and number the member has had on file.
        string[] recipients = [.. new[] { member.Value.Email, summary?.Account?.Email, summary?.Account?.PhoneNumber, summary?.LatestSignup?.Email }
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        if (recipients.Length > 0)
        {
            partTasks.Add((services.Notification.Name, services.Notification.PostAsync<MemberTimeline>(
                "/api/notification/operator/delivery-searches", new { recipients }, cancellationToken)));
        }
        await Task.WhenAll(partTasks.Select(part => part.Answer));
        var parts = partTasks.Select(part => (part.Service, Answer: part.Answer.Result));

        var timeline = new List<TimelineEntry>();
        foreach (var (service, answer) in parts)
        {
            if (!answer.Succeeded)
            {
                if (!unavailable.Contains(service)) unavailable.Add(service);
                continue;
            }
            timeline.AddRange(answer.Value.Entries.Select(e => new TimelineEntry(e.At, service, e.Kind, e.Facts ?? new Dictionary<string, string>())));
        }
        return ServiceAnswer<MemberFile>.Success(new MemberFile(member.Value, summary,
            timeline.OrderByDescending(e => e.At).ToList(), unavailable));
    }
}
