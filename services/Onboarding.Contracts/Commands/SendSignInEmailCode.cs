namespace Onboarding.Contracts.Commands;

/// <summary>
/// STEP 3 begins: mail the 6-digit code (確認コード) that signs the member in to the co-op mypage with their portal
/// account. Carries the code itself, so it is only ever sent to <see cref="QueueNames.Notification"/>.
/// </summary>
public sealed record SendSignInEmailCode(
    Guid SignInId,
    string To,
    string Code,
    DateTimeOffset ExpiresAt,
    string Culture);
