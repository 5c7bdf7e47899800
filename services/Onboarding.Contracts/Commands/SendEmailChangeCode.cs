namespace Onboarding.Contracts.Commands;

/// <summary>
/// 設定: mail the 6-digit code that confirms a new address for the portal account to that new address. Carries the
/// code itself, so it is only ever sent to <see cref="QueueNames.Notification"/>.
/// </summary>
public sealed record SendEmailChangeCode(
    Guid EmailChangeId,
    string To,
    string Code,
    DateTimeOffset ExpiresAt,
    string Culture);
