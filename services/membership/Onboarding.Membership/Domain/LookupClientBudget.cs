namespace Onboarding.Membership.Domain;

/// <summary>How many failed lookups one client may make per window (<see cref="LookupClientBudget"/>).</summary>
public sealed record LookupClientLimit(int Failures, TimeSpan Window);

/// <summary>
/// Failed lookups per client (<see cref="LookupClientKey"/>), across all member numbers: the per-number budget
/// (<see cref="LookupAttemptBudget"/>) alone lets one client try a few likely birth dates on thousands of numbers.
/// A fixed window that starts with the client's first failure; once the window holds
/// <see cref="LookupClientLimit.Failures"/> failures, every lookup from the client — any number, known or not — is
/// refused until the window ends. Successes do not reset it (a client could otherwise refill its budget with a
/// number it knows).
/// </summary>
public sealed class LookupClientBudget
{
    public required string ClientKey { get; init; }
    public int FailedAttempts { get; private set; }
    public DateTimeOffset WindowStartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsExhausted(LookupClientLimit limit, DateTimeOffset now) => InWindow(limit, now) && FailedAttempts >= limit.Failures;

    public TimeSpan RetryAfter(LookupClientLimit limit, DateTimeOffset now) =>
        IsExhausted(limit, now) ? WindowStartedAt + limit.Window - now : TimeSpan.Zero;

    /// <summary>Counts a failed lookup; true when this one used up the budget.</summary>
    public bool RecordFailure(LookupClientLimit limit, DateTimeOffset now)
    {
        if (FailedAttempts == 0 || !InWindow(limit, now))
        {
            WindowStartedAt = now;
            FailedAttempts = 0;
        }
        FailedAttempts++;
        UpdatedAt = now;
        return FailedAttempts == limit.Failures;
    }

    private bool InWindow(LookupClientLimit limit, DateTimeOffset now) => now < WindowStartedAt + limit.Window;
}
