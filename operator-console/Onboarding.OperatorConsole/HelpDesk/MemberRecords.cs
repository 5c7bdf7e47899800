namespace Onboarding.OperatorConsole.HelpDesk;

// The services' answers the help desk reads (docs/api.md, "Help desk"), as the console uses them.

/// <summary>A member found: masked until opened.</summary>
public sealed record FoundMember(Guid Id, string MemberNumber, string Name, string? Kana, string Coop, string Stage);

public sealed record FoundMembers(IReadOnlyList<FoundMember> Members, bool Truncated);

/// <summary>membership's full record of a member (shown only after the opening is audited).</summary>
public sealed record MemberDetail(
    Guid Id, string MemberNumber, string FamilyName, string GivenName, string? FamilyNameKana, string? GivenNameKana,
    DateOnly BirthDate, string Coop, string? Email, DateTimeOffset? EmailConfirmedAt, DateTimeOffset? FirstIdentifiedAt,
    string Stage, DateTimeOffset? PortalAccountCreatedAt, DateTimeOffset? WalletLinkedAt, DateTimeOffset? WalletUnlinkedAt,
    DateTimeOffset? CompletedAt, LookupLockout? LookupLockout);

public sealed record LookupLockout(int FailedAttempts, int Lockouts, DateTimeOffset? LockedUntil, bool Locked);

/// <summary>What identity-portal knows of a member: the account (if any), the latest sign-up, a deletion.</summary>
public sealed record PortalSummary(Guid MemberId, bool AccountExists, PortalAccount? Account, PortalSignup? LatestSignup, DateTimeOffset? DeletedAt);

public sealed record PortalAccount(
    Guid AccountId, DateTimeOffset CreatedAt, string? Email, string? PhoneNumber, string FamilyName, string GivenName,
    DateTimeOffset? PhoneVerifiedAt, PasswordSignIn PasswordSignIn);

public sealed record PasswordSignIn(int FailedAttempts, bool Locked, DateTimeOffset? LockedUntil);

public sealed record PortalSignup(Guid SignupId, string Status, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, string Email);

public sealed record MembersFoundByPhone(IReadOnlyList<Guid> MemberIds, bool Truncated);

public sealed record LookupUnlocked(string MemberNumber, bool KnownMember, bool WasLocked, DateTimeOffset? LockedUntil);

public sealed record PasscodeResent(Guid ChallengeId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);
