namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// What every e-mailed or phoned code (sign-up and sign-in) has in common (docs/architecture.md §6.2): stored only as a keyed hash, a
/// lifetime, 5 wrong tries, single use, voided by a newer code, resend after 60 s.
/// </summary>
public abstract class SentCode
{
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan CapWindow = TimeSpan.FromHours(24);
    public const int MaxFailedAttempts = 5;

    public Guid Id { get; init; }
    /// <summary>The sign-up or sign-in the code was sent for.</summary>
    public Guid FlowId { get; init; }
    public required byte[] CodeHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset ResendAvailableAt { get; init; }
    public int FailedAttempts { get; private set; }

    /// <summary>Starts as <see cref="CodeStatus.Pending"/>.</summary>
    public CodeStatus Status { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public int AttemptsRemaining => MaxFailedAttempts - FailedAttempts;

    /// <summary>
    /// Whether another code may go out now, given the codes sent to the same address in the last 24 hours (oldest
    /// first) and the daily cap; when not, how long until it may.
    /// </summary>
    public static (CodeRefusal? Refusal, TimeSpan Wait) MaySend(IReadOnlyList<SentCode> recent, int dailyCap, DateTimeOffset now)
    {
        if (recent.Count > 0 && recent[^1].ResendAvailableAt > now) return (CodeRefusal.TooSoon, recent[^1].ResendAvailableAt - now);
        if (recent.Count >= dailyCap) return (CodeRefusal.DailyLimit, recent[^dailyCap].CreatedAt + CapWindow - now);
        return (null, TimeSpan.Zero);
    }

    /// <summary>A newer code was sent: this one no longer works.</summary>
    public void Void()
    {
        if (Status == CodeStatus.Pending) Status = CodeStatus.Voided;
    }

    /// <summary>
    /// Whether this code answers a request to send one for the same flow and address: it is still waiting to be typed and
    /// was sent inside the resend cooldown. That is a press repeated after the gateway gave up waiting for the first one
    /// (whose answer was lost): it gets this code back instead of "sent just now", and nothing is sent twice.
    /// </summary>
    public bool AnswersRepeatedSend(DateTimeOffset now) => Status == CodeStatus.Pending && now < ResendAvailableAt;

    /// <summary>
    /// Whether a typed code repeats the press that used this code (the same code, within its lifetime): the caller
    /// answers what the first press was answered, doing nothing twice. Never for a code that hands out tokens
    /// (sign-in, password reset): those stay single use, as an OAuth authorization code does.
    /// </summary>
    public bool IsRepeatOfUse(Func<byte[], bool> matches, DateTimeOffset now) => Status == CodeStatus.Used && now < ExpiresAt && matches(CodeHash);

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

/// <summary>Why another code may not be sent yet.</summary>
public enum CodeRefusal
{
    TooSoon,
    DailyLimit,

    /// <summary>The member's own daily cap, across sign-ups (phone codes).</summary>
    MemberDailyLimit,
}
