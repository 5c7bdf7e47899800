namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One "forgot password" (パスワードをお忘れの方): a code mailed to the address, then a new password with that code.
/// Started for any well-formed address, like a sign-in (<see cref="SignIn"/>): for an address without an account no
/// code is mailed and none can match, so no answer tells whether an account exists.
/// </summary>
public sealed class PasswordReset
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public Guid Id { get; init; }
    public required string Email { get; init; }

    /// <summary>Null when no account has this address.</summary>
    public Guid? AccountId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the new password was set; a completed reset takes no further code (a replay is refused).</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public static PasswordReset Start(Guid id, string email, Guid? accountId, DateTimeOffset now) =>
        new() { Id = id, Email = email, AccountId = accountId, CreatedAt = now, ExpiresAt = now + Lifetime };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Complete(DateTimeOffset now) => CompletedAt = now;
}

/// <summary>
/// A mailed password-reset code, under the e-mail code rules of docs/architecture.md §6.2 (15 minutes, 5 wrong tries,
/// single use, a newer code voids the older, resend after 60 s, at most 10 per address a day).
/// </summary>
public sealed class PasswordResetCode : SentCode
{
    public required string Email { get; init; }

    public static PasswordResetCode Issue(Guid id, Guid passwordResetId, string email, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            FlowId = passwordResetId,
            Email = email,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + EmailCodeChallenge.Lifetime,
            ResendAvailableAt = now + ResendCooldown,
        };
}
