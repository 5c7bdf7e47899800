namespace Onboarding.Gateway.Journey;

/// <summary>
/// What the progress indicator in the layout shows. A page sets it with
/// <c>ViewData[StepProgress.ViewDataKey] = StepProgress.At(JourneyStep.PortalRegistration)</c>;
/// pages that set nothing (errors) show no indicator.
/// </summary>
public sealed record StepProgress(IReadOnlySet<JourneyStep> Done, JourneyStep? Current)
{
    public const string ViewDataKey = nameof(StepProgress);

    public static IReadOnlyList<JourneyStep> Steps { get; } = Enum.GetValues<JourneyStep>();

    public static StepProgress NotStarted { get; } = new(new HashSet<JourneyStep>(), null);

    public static StepProgress Completed { get; } = new(Steps.ToHashSet(), null);

    /// <summary>Steps are only ever done in order, so working on a step means every earlier one is done.</summary>
    public static StepProgress At(JourneyStep current) =>
        new(Steps.Where(step => step < current).ToHashSet(), current);

    /// <summary>A step tried before the one before it was done (a service said so): nothing is shown as done but what is known.</summary>
    public static StepProgress OutOfOrder(JourneyStep current) => new(new HashSet<JourneyStep>(), current);

    public StepState StateOf(JourneyStep step) =>
        Done.Contains(step) ? StepState.Done
        : step == Current ? StepState.Current
        : StepState.Remaining;
}
