namespace Onboarding.Membership.Domain;

/// <summary>
/// One e-mailed 6-digit passcode (docs/architecture.md §6.2): stored only as a hash, valid 15 minutes, 5 wrong tries,
/// single use, voided by a newer code for the same member.
/// </summary>
public sealed class PasscodeChallenge
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public const int MaxFailedAttempts = 5;

    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public Guid LookupId { get; init; }

    /// <summary>Where the code was sent and which address a correct code confirms.</summary>
    public required string Email { get; init; }

    public PasscodeTarget Target { get; init; }
    public required byte[] CodeHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset ResendAvailableAt { get; init; }
    public int FailedAttempts { get; private set; }
    public PasscodeStatus Status { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public int AttemptsRemaining => MaxFailedAttempts - FailedAttempts;

    public static PasscodeChallenge Issue(Guid memberId, Guid lookupId, string email, PasscodeTarget target, byte[] codeHash, Guid id, DateTimeOffset now) =>
        new()
        {
            Id = id,
            MemberId = memberId,
            LookupId = lookupId,
            Email = email,
            Target = target,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            ResendAvailableAt = now + ResendCooldown,
            Status = PasscodeStatus.Pending,
        };

    /// <summary>
    /// Whether a request to send a code asks for what this one already is — the same lookup, target and address, inside
    /// the resend cooldown — and is not the member asking to replace this very code. That is a press repeated after the
    /// gateway gave up waiting for the first one (whose answer was lost): it gets this code back instead of "sent just
    /// now", and no second mail goes out.
    /// </summary>
    public bool AnswersRepeatedSend(Guid lookupId, PasscodeTarget target, string email, Guid? replacing, DateTimeOffset now) =>
        Status == PasscodeStatus.Pending && Id != replacing && LookupId == lookupId && Target == target
        && string.Equals(Email, email, StringComparison.Ordinal) && now < ResendAvailableAt;

    /// <summary>
    /// Whether a typed code repeats the press that confirmed this challenge (the same code, within the code's lifetime):
    /// the member gets the first press's answer again and nothing happens twice. Any other code is refused as used.
    /// </summary>
    public bool IsRepeatOfConfirmation(Func<byte[], bool> matches, DateTimeOffset now) =>
        Status == PasscodeStatus.Confirmed && now < ExpiresAt && matches(CodeHash);

    /// <summary>A newer code was sent to the member: this one no longer works.</summary>
    public void Void()
    {
        if (Status == PasscodeStatus.Pending) Status = PasscodeStatus.Voided;
    }

    /// <summary>Checks a typed code; <paramref name="matches"/> compares it with the stored hash in fixed time.</summary>
    public PasscodeCheck Verify(Func<byte[], bool> matches, DateTimeOffset now)
    {
        switch (Status)
        {
            case PasscodeStatus.Confirmed: return PasscodeCheck.AlreadyUsed;
            case PasscodeStatus.Voided: return PasscodeCheck.Superseded;
            case PasscodeStatus.Locked: return PasscodeCheck.Locked;
        }
        if (now >= ExpiresAt) return PasscodeCheck.Expired;

        if (!matches(CodeHash))
        {
            FailedAttempts++;
            if (FailedAttempts >= MaxFailedAttempts) Status = PasscodeStatus.Locked;
            return Status == PasscodeStatus.Locked ? PasscodeCheck.Locked : PasscodeCheck.Wrong;
        }

        Status = PasscodeStatus.Confirmed;
        ConfirmedAt = now;
        return PasscodeCheck.Confirmed;
    }
}

public enum PasscodeTarget
{
    Registered,
    New,
}

public enum PasscodeStatus
{
    Pending,
    Confirmed,
    Voided,
    Locked,
}

public enum PasscodeCheck
{
    Confirmed,
    Wrong,
    Locked,
    Expired,
    AlreadyUsed,
    Superseded,
}
