namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One sign-in by e-mailed code (how STEP 3 begins). Started for any well-formed address: for an address without an
/// account no code is mailed and none can match, so the answers never tell whether an account exists.
/// </summary>
public sealed class SignIn
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public Guid Id { get; init; }
    public required string Email { get; init; }

    /// <summary>Null when no account has this address.</summary>
    public Guid? AccountId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static SignIn Start(Guid id, string email, Guid? accountId, DateTimeOffset now) =>
        new() { Id = id, Email = email, AccountId = accountId, CreatedAt = now, ExpiresAt = now + Lifetime };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Complete(DateTimeOffset now) => CompletedAt = now;
}

/// <summary>
/// An e-mailed sign-in code, under the e-mail passcode rules of docs/architecture.md §6.2 (15 minutes, 5 wrong tries, single
/// use, a newer code voids the older, resend after 60 s, at most 10 per address a day).
/// </summary>
public sealed class SignInCodeChallenge : SentCode
{
    public required string Email { get; init; }

    public static SignInCodeChallenge Issue(Guid id, Guid signInId, string email, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            FlowId = signInId,
            Email = email,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + EmailCodeChallenge.Lifetime,
            ResendAvailableAt = now + ResendCooldown,
        };
}
