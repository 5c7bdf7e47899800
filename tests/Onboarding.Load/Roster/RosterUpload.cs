using Onboarding.Load.Journeys;
using Onboarding.Membership.Import;

namespace Onboarding.Load.Roster;

/// <summary>Writes the run's roster to a temporary CSV and imports it through membership's operator API, as operators do.</summary>
public static class RosterUpload
{
    public static async Task<string> ImportAsync(Uri membership, string operatorKey, IReadOnlyList<RosterMember> members, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"onboarding-load-roster-{Guid.NewGuid():N}.csv");
        try
        {
            await GeneratedRoster.WriteCsvAsync(path, members);
            using var http = new HttpClient { BaseAddress = membership, Timeout = TimeSpan.FromMinutes(30) };
            var outcome = await new RosterImportClient(http, operatorKey).ImportFileAsync(path, "en", cancellationToken);
            return outcome.Succeeded ? outcome.Summary : throw new InvalidOperationException($"Roster import failed: {outcome.Summary}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
