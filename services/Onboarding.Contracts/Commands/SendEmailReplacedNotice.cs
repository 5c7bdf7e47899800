namespace Onboarding.Contracts.Commands;

/// <summary>
/// STEP 1: tell the member's previous address that a new address replaced it, so a member who did not ask for the
/// change notices it. Names the new address only masked.
/// </summary>
public sealed record SendEmailReplacedNotice(
    Guid MemberId,
    string To,
    string NewEmailMasked,
    DateTimeOffset ReplacedAt,
    string Culture);
