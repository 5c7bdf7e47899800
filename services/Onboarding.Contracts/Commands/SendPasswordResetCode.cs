namespace Onboarding.Contracts.Commands;

/// <summary>
/// パスワードをお忘れの方: mail the 6-digit code that lets the member set a new portal password. Sent only for an
/// address that has an account. Carries the code itself, so it is only ever sent to <see cref="QueueNames.Notification"/>.
/// </summary>
public sealed record SendPasswordResetCode(
    Guid PasswordResetId,
    string To,
    string Code,
    DateTimeOffset ExpiresAt,
    string Culture);
