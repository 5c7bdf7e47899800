namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// アカウント設定: the member asked to move their account to a new address. The address becomes the account's once a
/// code mailed to it is confirmed; until then, and if it never is, nothing of the account changes.
/// </summary>
public sealed class EmailChange
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Codes one account may have mailed in 24 hours, to all new addresses together: the per-mailbox cap alone would let
    /// a signed-in member mail codes to any number of strangers' addresses.
    /// </summary>
    public const int AccountDailyCap = 10;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }

    /// <summary>The new address, normalised as <c>EmailAddress.Normalize</c> does.</summary>
    public required string Email { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the new address was confirmed; a completed change takes no further code (a replay is refused).</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public static EmailChange Start(Guid id, Guid accountId, string email, DateTimeOffset now) =>
        new() { Id = id, AccountId = accountId, Email = email, CreatedAt = now, ExpiresAt = now + Lifetime };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Complete(DateTimeOffset now) => CompletedAt = now;
}

/// <summary>
/// A code mailed to the new address of an <see cref="EmailChange"/>, under the e-mail code rules of docs/architecture.md
/// §6.2 (15 minutes, 5 wrong tries, single use, a newer code voids the older, resend after 60 s, at most 10 per address a day).
/// </summary>
public sealed class EmailChangeCode : SentCode
{
    public required string Email { get; init; }

    public static EmailChangeCode Issue(Guid id, Guid emailChangeId, string email, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            FlowId = emailChangeId,
            Email = email,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + EmailCodeChallenge.Lifetime,
            ResendAvailableAt = now + ResendCooldown,
        };
}
