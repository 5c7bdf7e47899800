namespace Onboarding.Contracts.Commands;

/// <summary>
/// One member's reminder of a wave before the cut-over: they are not yet done, and the mail names their exact next
/// step with a link to its page. At most one per member per wave (membership's <c>reminder_deliveries</c>).
/// </summary>
/// <param name="WaveId">The wave, e.g. <c>2027-01-01-d30</c> (cut-over date, days before it).</param>
/// <param name="NextStep"><c>step1</c>, <c>step2</c> or <c>step3</c>: the step the member has to do next.</param>
/// <param name="LastDay">The last day to finish, the day before the cut-over.</param>
public sealed record SendDeadlineReminder(
    Guid MemberId,
    string WaveId,
    string To,
    string NextStep,
    Uri StepPageUrl,
    DateOnly LastDay,
    string Culture);
