namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One e-mailed 6-digit code of a sign-up (docs/architecture.md §6.2): stored only as a hash, valid 15 minutes, 5 wrong
/// tries, single use, voided by a newer code to the same address; resend after 60 s, at most 10 per address a day.
/// </summary>
public sealed class EmailCodeChallenge : SentCode
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public const int DailyCap = 10;

    public required string Email { get; init; }

    public static EmailCodeChallenge Issue(Guid id, Guid signupId, string email, byte[] codeHash, DateTimeOffset now) =>
        new()
        {
            Id = id,
            FlowId = signupId,
            Email = email,
            CodeHash = codeHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            ResendAvailableAt = now + ResendCooldown,
        };

    /// <summary>Whether another code may go to this address now (see <see cref="SentCode.MaySend"/>).</summary>
    public static (CodeRefusal? Refusal, TimeSpan Wait) MaySend(IReadOnlyList<EmailCodeChallenge> recent, DateTimeOffset now) =>
        MaySend(recent, DailyCap, now);
}

