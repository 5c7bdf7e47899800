using Onboarding.Contracts.Commands;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One 6-digit code sent by SMS or voice call (ARCHITECTURE §6): stored only as a keyed hash, valid 10 minutes, 5 wrong
/// tries, single use, voided by a newer code of the same sign-up; resend after 60 s, at most 5 per phone number a day.
/// </summary>
public sealed class PhoneCodeChallenge : SentCode
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int DailyCap = 5;

    /// <summary>E.164.</summary>
    public required string PhoneNumber { get; init; }
    public PhoneChannel Channel { get; init; }

    public static PhoneCodeChallenge Issue(Guid id, Guid signupId, string phoneNumber, PhoneChannel channel, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            FlowId = signupId,
            PhoneNumber = phoneNumber,
            Channel = channel,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            ResendAvailableAt = now + ResendCooldown,
        };

    /// <summary>
    /// Whether another code may be sent now, given this sign-up's latest code (for the cooldown) and the codes sent to
    /// the number in the last 24 hours (oldest first, for the cap); when not, how long until it may.
    /// </summary>
    public static (CodeRefusal? Refusal, TimeSpan Wait) MaySend(PhoneCodeChallenge? latestOfSignup,
        IReadOnlyList<PhoneCodeChallenge> recentToNumber, DateTimeOffset now)
    {
        var latest = new[] { latestOfSignup, recentToNumber.Count > 0 ? recentToNumber[^1] : null }
            .Where(c => c is not null).MaxBy(c => c!.ResendAvailableAt);
        if (latest is not null && latest.ResendAvailableAt > now) return (CodeRefusal.TooSoon, latest.ResendAvailableAt - now);
        if (recentToNumber.Count >= DailyCap) return (CodeRefusal.DailyLimit, recentToNumber[^DailyCap].CreatedAt + CapWindow - now);
        return (null, TimeSpan.Zero);
    }
}
