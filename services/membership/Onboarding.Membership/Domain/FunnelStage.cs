namespace Onboarding.Membership.Domain;

/// <summary>
/// Where a member stands in the programme, as the operators' funnel counts them: the step they have to do next
/// (docs/architecture.md §9.6; the view member_funnel_stages computes it in SQL). Completion is for good: a later unlink or a deleted account does not take it back.
/// </summary>
public enum FunnelStage
{
    /// <summary>Has never identified themselves (no lookup with the right birth date).</summary>
    NotStarted,

    /// <summary>Identified, the e-mail address not yet confirmed.</summary>
    Step1,

    /// <summary>STEP 1 done, no portal account yet.</summary>
    Step2,

    /// <summary>The portal account exists, the wallet not yet linked.</summary>
    Step3,

    Completed,
}

public static class FunnelStages
{
    public static readonly IReadOnlyList<FunnelStage> All = Enum.GetValues<FunnelStage>();

    /// <summary>The stage's name in the API, the CSV and the metric's <c>stage</c> tag.</summary>
    public static string Name(this FunnelStage stage) => stage switch
    {
        FunnelStage.NotStarted => "not_started",
        FunnelStage.Step1 => "step1",
        FunnelStage.Step2 => "step2",
        FunnelStage.Step3 => "step3",
        _ => "completed",
    };

    public static FunnelStage? Parse(string? name) => All.Cast<FunnelStage?>().FirstOrDefault(stage => stage!.Value.Name() == name);
}
