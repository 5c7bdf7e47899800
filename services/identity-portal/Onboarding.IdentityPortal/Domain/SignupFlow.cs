namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// One STEP 2 sign-up for a member's confirmed address. It lives an hour; within it the member verifies the address
/// with an e-mailed code, sets a password and name (only the password's hash is kept), then verifies a phone, which
/// creates the account.
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

    /// <summary>ASP.NET Core Identity's hash of the chosen password; the password itself is never stored.</summary>
    public string? PasswordHash { get; private set; }
    public string? FamilyName { get; private set; }
    public string? GivenName { get; private set; }
    public DateTimeOffset? ProfileSetAt { get; private set; }

    /// <summary>E.164, once verified.</summary>
    public string? PhoneNumber { get; private set; }
    public DateTimeOffset? PhoneVerifiedAt { get; private set; }
    public Guid? AccountId { get; private set; }

    public static SignupFlow Start(Guid id, Guid memberId, string email, DateTimeOffset now) =>
        new() { Id = id, MemberId = memberId, Email = email, CreatedAt = now, ExpiresAt = now + Lifetime, Status = SignupStatus.EmailPending };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void EmailVerified(DateTimeOffset now)
    {
        Status = SignupStatus.EmailVerified;
        EmailVerifiedAt = now;
    }

    /// <summary>Sets (or, before the phone is verified, replaces) the password hash and the names.</summary>
    public void SetProfile(string passwordHash, string familyName, string givenName, DateTimeOffset now)
    {
        PasswordHash = passwordHash;
        FamilyName = familyName;
        GivenName = givenName;
        ProfileSetAt = now;
        Status = SignupStatus.ProfileSet;
    }

    public void Completed(string phoneNumber, Guid accountId, DateTimeOffset now)
    {
        PhoneNumber = phoneNumber;
        PhoneVerifiedAt = now;
        AccountId = accountId;
        Status = SignupStatus.Completed;
    }
}

public enum SignupStatus
{
    EmailPending,
    EmailVerified,
    ProfileSet,
    Completed,
}
