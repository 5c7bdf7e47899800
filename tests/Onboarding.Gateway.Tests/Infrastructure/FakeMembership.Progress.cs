namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The member's onboarding progress (<c>GET /api/membership/onboarding/{memberId}</c>), asked with the member's own
/// access token: STEP 1 and 2 done for everyone here, STEP 3 and <c>completedAt</c> once a test says so
/// (<see cref="CompleteOnboarding"/>), as membership does when it sees WalletLinked.
/// </summary>
public sealed partial class FakeMembership
{
    private readonly Dictionary<Guid, DateTimeOffset> _completed = [];
    private readonly HashSet<Guid> _unlinked = [];

    /// <summary>Checks the bearer token (the fake identity-portal's); unset, any token is taken.</summary>
    public Func<string?, Guid?>? Authenticate { get; set; }

    /// <summary>STEP 3 done (again, after an unlink); <c>completedAt</c> is set the first time only, as membership does.</summary>
    public void CompleteOnboarding(Guid memberId)
    {
        lock (_gate)
        {
            _completed.TryAdd(memberId, DateTimeOffset.UtcNow);
            _unlinked.Remove(memberId);
        }
    }

    /// <summary>The wallet unlinked: STEP 3 no longer done, <c>completedAt</c> kept (architecture §5.4).</summary>
    public void Unlink(Guid memberId)
    {
        lock (_gate) _unlinked.Add(memberId);
    }

    private Answer GetProgress(string id, string authorization)
    {
        // The service's route is {memberId:guid}: anything else is the plain 404 of an unknown path.
        if (!Guid.TryParse(id, out var memberId)) return new Answer(404, Problem(404, "not_found", "Not found"), "application/problem+json");
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        if (Authenticate is { } authenticate)
        {
            var member = authenticate(token);
            if (member is null) return new Answer(401, null, "application/problem+json");
            if (member != memberId) return new Answer(403, Problem(403, "access_denied", "Forbidden"), "application/problem+json");
        }
        var done = DateTimeOffset.UtcNow.AddDays(-1);
        DateTimeOffset? completedAt = _completed.TryGetValue(memberId, out var at) ? at : null;
        return new Answer(200, new
        {
            memberId,
            step1 = new { done = true, at = done },
            step2 = new { done = true, at = done },
            step3 = new { done = completedAt is not null && !_unlinked.Contains(memberId), at = completedAt },
            completedAt,
            // Whoever signs in here is the fake's member 1 (the identity-portal fake's address).
            coop = Member1Coop,
        }, "application/json");
    }
}
