namespace Onboarding.Contracts.Commands;

/// <summary>
/// STEP 2: mail the 6-digit verification code of a portal sign-up (確認コード) to the address confirmed in STEP 1.
/// Carries the code itself, so it is only ever sent to <see cref="QueueNames.Notification"/>.
/// </summary>
public sealed record SendPortalEmailCode(
    Guid SignupId,
    string To,
    string Code,
    DateTimeOffset ExpiresAt,
    string Culture);
