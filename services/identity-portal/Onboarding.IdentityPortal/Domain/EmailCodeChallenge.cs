namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One e-mailed 6-digit code of a sign-up (ARCHITECTURE §6): stored only as a hash, valid 15 minutes, 5 wrong
/// tries, single use, voided by a newer code to the same address; resend after 60 s, at most 10 per address a day.
/// </summary>
public sealed class EmailCodeChallenge
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan CapWindow = TimeSpan.FromHours(24);
    public const int DailyCap = 10;
    public const int MaxFailedAttempts = 5;

    public Guid Id { get; init; }
    public Guid SignupId { get; init; }
    public required string Email { get; init; }
    public required byte[] CodeHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset ResendAvailableAt { get; init; }
    public int FailedAttempts { get; private set; }
    public CodeStatus Status { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public int AttemptsRemaining => MaxFailedAttempts - FailedAttempts;

    public static EmailCodeChallenge Issue(Guid id, Guid signupId, string email, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            SignupId = signupId,
            Email = email,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            ResendAvailableAt = now + ResendCooldown,
            Status = CodeStatus.Pending,
        };

    /// <summary>
    /// Whether another code may go to this address now, given the codes sent to it in the last 24 hours (oldest
    /// first); when not, how long until it may.
    /// </summary>
    public static (CodeRefusal? Refusal, TimeSpan Wait) MaySend(IReadOnlyList<EmailCodeChallenge> recent, DateTimeOffset now)
    {
        if (recent.Count > 0 && recent[^1].ResendAvailableAt > now) return (CodeRefusal.TooSoon, recent[^1].ResendAvailableAt - now);
        if (recent.Count >= DailyCap) return (CodeRefusal.DailyLimit, recent[^DailyCap].CreatedAt + CapWindow - now);
        return (null, TimeSpan.Zero);
    }

    /// <summary>A newer code was sent to the address: this one no longer works.</summary>
    public void Void()
    {
        if (Status == CodeStatus.Pending) Status = CodeStatus.Voided;
    }

    /// <summary>Checks a typed code; <paramref name="matches"/> compares it with the stored hash in fixed time.</summary>
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

public enum CodeStatus
{
    Pending,
    Used,
    Voided,
    Locked,
}

public enum CodeCheck
{
    Confirmed,
    Wrong,
    Locked,
    Expired,
    AlreadyUsed,
    Superseded,
}

public enum CodeRefusal
{
    TooSoon,
    DailyLimit,
}
