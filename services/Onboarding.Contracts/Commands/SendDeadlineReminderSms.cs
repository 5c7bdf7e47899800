namespace Onboarding.Contracts.Commands;

/// <summary>
/// A wave's reminder by SMS to a member whose portal account has a verified phone number (identity-portal, on
/// <see cref="Events.MemberReminded"/>): the last day, the next step and its page. Not sent after the last day.
/// </summary>
/// <param name="WaveId">The wave the reminder belongs to, as in <c>SendDeadlineReminder</c>.</param>
/// <param name="NextStep"><c>step1</c>, <c>step2</c> or <c>step3</c>.</param>
/// <param name="LastDay">The last day to finish (Japan time); the SMS is not sent once it has passed.</param>
public sealed record SendDeadlineReminderSms(
    Guid MemberId,
    string WaveId,
    string PhoneNumberE164,
    string NextStep,
    Uri StepPageUrl,
    DateOnly LastDay,
    string Culture);
