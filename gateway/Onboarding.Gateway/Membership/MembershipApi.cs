namespace Onboarding.Gateway.Membership;

// The shapes of the membership service's STEP 1 API (docs/architecture.md §7), as the gateway reads them.

/// <param name="Coop">The member's co-op as the roster names it (the co-op directory's key); null from an older membership.</param>
public sealed record LookupCreated(Guid LookupId, string MaskedName, string? MaskedRegisteredEmail, DateTimeOffset ExpiresAt, string? Coop = null);

public sealed record PasscodeSent(Guid ChallengeId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record PasscodeChallenge(
    Guid ChallengeId,
    Guid LookupId,
    string SentTo,
    string Target,
    string Status,
    DateTimeOffset ExpiresAt,
    DateTimeOffset ResendAvailableAt,
    int AttemptsRemaining)
{
    public bool IsPending => Status == "pending";
    public bool IsConfirmed => Status == "confirmed";
    public bool IsSuperseded => Status == "voided";
    public bool IsLocked => Status == "locked";
}

/// <param name="Coop">The member's co-op as the roster names it; null from an older membership.</param>
public sealed record EmailConfirmed(string Email, DateTimeOffset ConfirmedAt, string? Coop = null);

/// <summary>Where a passcode goes: the address on file, or a new one typed twice.</summary>
public abstract record PasscodeTarget
{
    public sealed record Registered : PasscodeTarget;

    public sealed record NewAddress(string? Email, string? EmailConfirmation) : PasscodeTarget;
}

/// <summary>The stable problem codes the pages react to (the service's <c>code</c> extension).</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string MemberNotFound = "member_not_found";
    public const string TooManyAttempts = "too_many_attempts";
    public const string LookupExpired = "lookup_expired";
    public const string LookupNotFound = "lookup_not_found";
    public const string NoRegisteredEmail = "no_registered_email";
    public const string ResendTooSoon = "resend_too_soon";
    public const string DailyLimitReached = "daily_limit_reached";
    public const string ChallengeNotFound = "challenge_not_found";
    public const string InvalidPasscode = "invalid_passcode";
    public const string PasscodeExpired = "passcode_expired";
    public const string PasscodeLocked = "passcode_locked";
    public const string PasscodeUsed = "passcode_used";
    public const string PasscodeSuperseded = "passcode_superseded";

    /// <summary>Not from the service: it could not be reached or did not answer with a problem document.</summary>
    public const string ServiceUnavailable = "service_unavailable";
}
