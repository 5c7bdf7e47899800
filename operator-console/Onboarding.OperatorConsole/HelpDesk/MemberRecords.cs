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

/// <summary>identity-portal's portal account of a member, if there is one.</summary>
public sealed record PortalAccount(
    bool HasAccount, DateTimeOffset? CreatedAt, string? Email, string? PhoneNumber, string? FamilyName, string? GivenName,
    DateTimeOffset? PhoneVerifiedAt, DateTimeOffset? SignInLockedUntil);

public sealed record MembersFoundByPhone(IReadOnlyList<Guid> MemberIds, bool Truncated);

public sealed record LookupUnlocked(string MemberNumber, bool KnownMember, bool WasLocked, DateTimeOffset? LockedUntil);

public sealed record PasscodeResent(Guid ChallengeId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);
