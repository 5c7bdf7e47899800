namespace Onboarding.Contracts.Events;

/// <summary>
/// membership reminded this member in a deadline reminder wave (docs/architecture.md §9.8): published once per member
/// per wave, in the transaction that queues the member's reminder mail. A fact without personal data, so that the
/// service holding other ways to reach the member (identity-portal: a verified phone) can remind them there too.
/// </summary>
/// <param name="WaveId">The wave, e.g. <c>2027-01-01-d30</c> (cut-over date, days before it).</param>
/// <param name="NextStep"><c>step1</c>, <c>step2</c> or <c>step3</c>: the step the member has to do next.</param>
/// <param name="StepPageUrl">The page of that step.</param>
/// <param name="LastDay">The last day to finish, the day before the cut-over.</param>
public sealed record MemberReminded(
    Guid MemberId,
    string WaveId,
    string NextStep,
    Uri StepPageUrl,
    DateOnly LastDay,
    DateTimeOffset RemindedAt);
