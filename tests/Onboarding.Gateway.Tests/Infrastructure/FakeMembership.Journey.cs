extern alias membership;

using membership::Onboarding.Membership.Domain;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// Where each member of the roster stands, as membership records it from STEP 1 and from the other services' events,
/// read with a still-valid lookup (<c>GET /api/membership/lookups/{lookupId}/onboarding</c>): what resume asks.
/// A passcode confirmed here marks STEP 1 done; tests set the rest with <see cref="SetJourney"/>.
/// </summary>
public sealed partial class FakeMembership
{
    private readonly Dictionary<string, MemberJourney> _journeys = [];

    /// <summary>Records the member's progress as if the steps had been done earlier (another day, another browser).</summary>
    public void SetJourney(string memberNumber, bool step1, bool step2 = false, bool step3 = false, string? confirmedEmail = null)
    {
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        var email = confirmedEmail ?? Roster.Single(m => m.Number == memberNumber).Email;
        lock (_gate)
        {
            _journeys[memberNumber] = new MemberJourney(
                step1 ? at : null,
                step1 && step2 ? at.AddHours(1) : null,
                step1 && step2 && step3 ? at.AddHours(2) : null,
                step1 ? email : null);
        }
    }

    private void RecordStep1(string memberNumber, string email)
    {
        var earlier = _journeys.GetValueOrDefault(memberNumber) ?? new MemberJourney(null, null, null, null);
        _journeys[memberNumber] = earlier with { Step1At = DateTimeOffset.UtcNow, ConfirmedEmail = email };
    }

    private Answer GetLookupProgress(Guid lookupId, string culture)
    {
        if (!_lookups.TryGetValue(lookupId, out var lookup)) return ProblemAnswer(404, "lookup_not_found", culture);
        if (lookup.Rule.IsExpired(DateTimeOffset.UtcNow + lookup.Skew)) return ProblemAnswer(410, "lookup_expired", culture);
        var journey = _journeys.GetValueOrDefault(lookup.Member.Number) ?? new MemberJourney(null, null, null, null);
        return Json(200, new
        {
            step1 = new { done = journey.Step1At is not null, at = journey.Step1At },
            step2 = new { done = journey.Step2At is not null, at = journey.Step2At },
            step3 = new { done = journey.Step3At is not null, at = journey.Step3At },
            completedAt = journey.Step3At,
            confirmedEmailMasked = journey.ConfirmedEmail is null ? null : Masking.MaskEmail(journey.ConfirmedEmail),
        });
    }

    private sealed record MemberJourney(DateTimeOffset? Step1At, DateTimeOffset? Step2At, DateTimeOffset? Step3At, string? ConfirmedEmail);
}
