namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One STEP 2 sign-up for a member's confirmed address. It lives an hour; within it the member verifies the address
/// with an e-mailed code, then (in later steps) sets a password and name and verifies a phone.
/// </summary>
public sealed class SignupFlow
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(60);

    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public required string Email { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public SignupStatus Status { get; private set; }
    public DateTimeOffset? EmailVerifiedAt { get; private set; }

    public static SignupFlow Start(Guid id, Guid memberId, string email, DateTimeOffset now) =>
        new() { Id = id, MemberId = memberId, Email = email, CreatedAt = now, ExpiresAt = now + Lifetime, Status = SignupStatus.EmailPending };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void EmailVerified(DateTimeOffset now)
    {
        Status = SignupStatus.EmailVerified;
        EmailVerifiedAt = now;
    }
}

public enum SignupStatus
{
    EmailPending,
    EmailVerified,
}
