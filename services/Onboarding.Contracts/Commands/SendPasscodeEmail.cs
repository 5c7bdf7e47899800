namespace Onboarding.Contracts.Commands;

/// <summary>
/// STEP 1: mail the 6-digit passcode for an e-mail confirmation challenge. The mail follows the printed notice
/// (subject 「大学生協加入情報(メールアドレス)変更受付」) and carries a link that opens the code page for this challenge.
/// Carries the code itself, so it is only ever sent to <see cref="QueueNames.Notification"/>.
/// </summary>
public sealed record SendPasscodeEmail(
    Guid ChallengeId,
    string To,
    string Passcode,
    Uri CodePageUrl,
    DateTimeOffset ExpiresAt,
    string Culture);
