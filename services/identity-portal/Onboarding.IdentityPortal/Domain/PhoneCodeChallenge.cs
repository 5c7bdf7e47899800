using Onboarding.Contracts.Commands;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One 6-digit code sent by SMS or voice call (docs/architecture.md §6.2): stored only as a keyed hash, valid 10 minutes, 5 wrong
/// tries, single use, voided by a newer code of the same sign-up; resend after 60 s, at most 5 per phone number a day
/// and at most 10 per member a day, across all the member's sign-ups and numbers.
/// </summary>
public sealed class PhoneCodeChallenge : SentCode
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int DailyCap = 5;

    /// <summary>
    /// SMS and calls cost money and can be abused (SMS pumping) by one member cycling through sign-ups and numbers.
    /// Ten is two numbers' full allowance: room for a mistyped number or a switch from SMS to a call, no more.
    /// </summary>
    public const int MemberDailyCap = 10;

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
    /// Whether another code may be sent now, given this sign-up's (or phone change's) latest code (for the cooldown), the codes sent to
    /// the number and the codes sent for the member in the last 24 hours (each oldest first, for the caps); when not,
    /// how long until it may.
    /// </summary>
    public static (CodeRefusal? Refusal, TimeSpan Wait) MaySend(SentCode? latestOfSignup,
        IReadOnlyList<SentCode> recentToNumber, IReadOnlyList<DateTimeOffset> recentForMember, DateTimeOffset now)
    {
        var latest = new[] { latestOfSignup, recentToNumber.Count > 0 ? recentToNumber[^1] : null }
            .Where(c => c is not null).MaxBy(c => c!.ResendAvailableAt);
        if (latest is not null && latest.ResendAvailableAt > now) return (CodeRefusal.TooSoon, latest.ResendAvailableAt - now);
        if (recentToNumber.Count >= DailyCap) return (CodeRefusal.DailyLimit, recentToNumber[^DailyCap].CreatedAt + CapWindow - now);
        if (recentForMember.Count >= MemberDailyCap)
        {
            return (CodeRefusal.MemberDailyLimit, recentForMember[^MemberDailyCap] + CapWindow - now);
        }
        return (null, TimeSpan.Zero);
    }
}

/// <summary>
/// アカウント設定: a code sent by SMS or voice call to the new number of an account's phone change. The same rules as
/// STEP 2's (<see cref="PhoneCodeChallenge"/>), and the same caps, counted across both kinds of code. One change per
/// account at a time: the account is the flow, and a newer code voids the older.
/// </summary>
public sealed class PhoneChangeCode : SentCode
{
    /// <summary>E.164.</summary>
    public required string PhoneNumber { get; init; }
    public PhoneChannel Channel { get; init; }

    public static PhoneChangeCode Issue(Guid id, Guid accountId, string phoneNumber, PhoneChannel channel, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            FlowId = accountId,
            PhoneNumber = phoneNumber,
            Channel = channel,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + PhoneCodeChallenge.Lifetime,
            ResendAvailableAt = now + ResendCooldown,
        };
}
