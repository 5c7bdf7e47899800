using System.Collections.Concurrent;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The membership service sends a member at most one passcode per 60 s (docs/architecture.md §6.2), whoever asks. The system
/// runs once for all end-to-end tests and has only a few seeded members, so tests that send to the same member
/// (the API test and the browser test both use 123456789012) take turns here: each says when it sent, and the next
/// one waits until the service will take the member's next request.
/// </summary>
public sealed class PasscodeCooldowns
{
    /// <summary>The service's resend cooldown, plus a margin for the time between its clock and ours.</summary>
    public static readonly TimeSpan Cooldown = TimeSpan.FromSeconds(61);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextAllowed = new();

    /// <summary>Waits until <paramref name="memberNumber"/> may be sent a passcode again; returns how long it waited.</summary>
    public async Task<TimeSpan> WaitForTurnAsync(string memberNumber)
    {
        if (!_nextAllowed.TryGetValue(memberNumber, out var allowed)) return TimeSpan.Zero;
        var wait = allowed - DateTimeOffset.UtcNow;
        if (wait <= TimeSpan.Zero) return TimeSpan.Zero;
        await Task.Delay(wait);
        return wait;
    }

    /// <summary>
    /// Records that a passcode is being requested for <paramref name="memberNumber"/> now (call it just before the
    /// request: if the request fails half-way, the service may still have sent one).
    /// </summary>
    public void Sending(string memberNumber) => _nextAllowed[memberNumber] = DateTimeOffset.UtcNow + Cooldown;

    /// <summary>Records the service's own answer, when it says the next code may be sent.</summary>
    public void Sent(string memberNumber, DateTimeOffset resendAvailableAt) =>
        _nextAllowed.AddOrUpdate(memberNumber, resendAvailableAt + TimeSpan.FromSeconds(1),
            (_, recorded) => recorded > resendAvailableAt ? recorded : resendAvailableAt + TimeSpan.FromSeconds(1));
}
