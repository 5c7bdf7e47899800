using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;

namespace Onboarding.Membership.Apis;

/// <summary>Where a member stands in the three steps: for operators, for the member, and for resuming the journey.</summary>
public static class OnboardingApi
{
    public static IEndpointRouteBuilder MapOnboardingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"/api/membership/onboarding/{{{OnboardingProgressAccess.RouteKey}:guid}}", GetProgress)
            .AddEndpointFilter<OnboardingProgressAccess>()
            .WithSummary("A member's progress through the three steps (the member's own token, or the operator key)")
            .ProducesProblems((401, "credential_required"), (403, "access_denied"), (404, "member_not_found"));
        app.MapGet("/api/membership/lookups/{lookupId:guid}/onboarding", GetProgressForLookup)
            .WithSummary("The progress of the member a STEP 1 lookup found, to resume the journey")
            .ProducesProblems((404, "lookup_not_found"), (410, "lookup_expired"));
        return app;
    }

    /// <param name="At">When the step was done; null while it is not.</param>
    public sealed record StepState(bool Done, DateTimeOffset? At)
    {
        public static readonly StepState NotDone = new(false, null);

        public static StepState From(DateTimeOffset? at) => at is null ? NotDone : new(true, at);
    }

    /// <param name="Step3">Done while the wallet is linked: false again after an unlink, while <paramref name="CompletedAt"/> stays.</param>
    /// <param name="Coop">The member's co-op as the roster names it (the gateway's co-op directory is keyed by it).</param>
    public sealed record OnboardingProgressView(Guid MemberId, StepState Step1, StepState Step2, StepState Step3, DateTimeOffset? CompletedAt, string Coop);

    /// <summary>
    /// The progress for a member identified again through STEP 1's lookup. No member id: the browser only needs to know
    /// which step to resume, and the id is what a signed-in member's token names, so it is not handed out here.
    /// </summary>
    /// <param name="ConfirmedEmailMasked">The address confirmed in STEP 1, masked, to pre-fill STEP 2/3; null before STEP 1.</param>
    public sealed record ResumableProgressView(StepState Step1, StepState Step2, StepState Step3, DateTimeOffset? CompletedAt, string? ConfirmedEmailMasked);

    public static async Task<Results<Ok<OnboardingProgressView>, ProblemHttpResult>> GetProgress(
        Guid memberId, HttpContext http, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var coop = await db.Members.Where(m => m.Id == memberId).Select(m => m.Coop).SingleOrDefaultAsync(cancellationToken);
        if (coop is null)
        {
            return Problems.Of(http, StatusCodes.Status404NotFound, "member_id_not_found");
        }
        var progress = await db.OnboardingProgress.AsNoTracking().SingleOrDefaultAsync(p => p.MemberId == memberId, cancellationToken);
        var steps = Steps.Of(progress);
        return TypedResults.Ok(new OnboardingProgressView(memberId, steps.Step1, steps.Step2, steps.Step3, progress?.CompletedAt, coop));
    }

    /// <summary>404 <c>lookup_not_found</c> / 410 <c>lookup_expired</c> as for sending a passcode with the lookup.</summary>
    public static async Task<Results<Ok<ResumableProgressView>, ProblemHttpResult>> GetProgressForLookup(
        Guid lookupId, HttpContext http, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var lookup = await db.Lookups.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lookupId, cancellationToken);
        if (lookup is null) return Problems.Of(http, StatusCodes.Status404NotFound, "lookup_not_found");
        if (lookup.IsExpired(clock.GetUtcNow())) return Problems.Of(http, StatusCodes.Status410Gone, "lookup_expired");

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == lookup.MemberId, cancellationToken);
        var progress = await db.OnboardingProgress.AsNoTracking().SingleOrDefaultAsync(p => p.MemberId == member.Id, cancellationToken);
        var steps = Steps.Of(progress);
        // Only an address the member proved they read; before STEP 1 the roster's address is not "confirmed".
        var confirmedEmail = member.EmailConfirmedAt is not null && member.RegisteredEmail is { } email ? Masking.MaskEmail(email) : null;
        return TypedResults.Ok(new ResumableProgressView(steps.Step1, steps.Step2, steps.Step3, progress?.CompletedAt, confirmedEmail));
    }

    private sealed record Steps(StepState Step1, StepState Step2, StepState Step3)
    {
        /// <param name="progress">Null for a member who has not done any step yet.</param>
        public static Steps Of(OnboardingProgress? progress) =>
            progress is null
                ? new(StepState.NotDone, StepState.NotDone, StepState.NotDone)
                : new(StepState.From(progress.EmailConfirmedAt), StepState.From(progress.PortalAccountCreatedAt),
                    progress.IsWalletLinked ? StepState.From(progress.WalletLinkedAt) : StepState.NotDone);
    }
}
