using Onboarding.Contracts.Commands;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One 6-digit code sent by SMS or voice call (ARCHITECTURE §6): stored only as a keyed hash, valid 10 minutes, 5 wrong
/// tries, single use, voided by a newer code of the same sign-up; resend after 60 s, at most 5 per phone number a day.
/// </summary>
public sealed class PhoneCodeChallenge
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan CapWindow = TimeSpan.FromHours(24);
    public const int DailyCap = 5;
    public const int MaxFailedAttempts = 5;

    public Guid Id { get; init; }
    public Guid SignupId { get; init; }

    /// <summary>E.164.</summary>
    public required string PhoneNumber { get; init; }
    public PhoneChannel Channel { get; init; }
    public required byte[] CodeHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset ResendAvailableAt { get; init; }
    public int FailedAttempts { get; private set; }
    public CodeStatus Status { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public int AttemptsRemaining => MaxFailedAttempts - FailedAttempts;

    public static PhoneCodeChallenge Issue(Guid id, Guid signupId, string phoneNumber, PhoneChannel channel, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            SignupId = signupId,
            PhoneNumber = phoneNumber,
            Channel = channel,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            ResendAvailableAt = now + ResendCooldown,
            Status = CodeStatus.Pending,
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

    public void Void()
    {
        if (Status == CodeStatus.Pending) Status = CodeStatus.Voided;
    }

    public CodeCheck Verify(Func<byte[], bool> matches, DateTimeOffset now)
    {
        switch (Status)
        {
            case CodeStatus.Used: return CodeCheck.AlreadyUsed;
            case CodeStatus.Voided: return CodeCheck.Superseded;
            case CodeStatus.Locked: return CodeCheck.Locked;
        }
        if (now >= ExpiresAt) return CodeCheck.Expired;

        if (!matches(CodeHash))
        {
            FailedAttempts++;
            if (FailedAttempts >= MaxFailedAttempts) Status = CodeStatus.Locked;
            return Status == CodeStatus.Locked ? CodeCheck.Locked : CodeCheck.Wrong;
        }

        Status = CodeStatus.Used;
        UsedAt = now;
        return CodeCheck.Confirmed;
    }
}
