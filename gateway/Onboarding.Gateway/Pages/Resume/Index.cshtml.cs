using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Pages.Step1;

namespace Onboarding.Gateway.Pages.Resume;

/// <summary>
/// 続きから再開する: a member back in a new browser identifies themselves as in STEP 1 (member number and birth date),
/// membership says where they stand, and they are sent on to that step. Nothing personal goes in the URL: the lookup
/// and the progress travel in encrypted cookies.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(MembershipClient membership, Step1State state, JourneyProgressStore progress, ProblemMessages messages)
    : LookupFormModel(state)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await membership.CreateLookupAsync(MemberNumber, BirthDate, cancellationToken);
        if (result.Value is not { } lookup)
        {
            messages.ShowLookupProblem(result.Problem!, Errors, anchor: "memberNumber");
            return Page();
        }
        // The lookup is kept as STEP 1 keeps it: a member who has not finished STEP 1 continues on its confirm page.
        State.WriteLookup(Response, LookupState.Of(lookup));

        var answer = await membership.GetLookupProgressAsync(lookup.LookupId, cancellationToken);
        if (answer.Value is not { } onboarding)
        {
            progress.Clear(Response);
            messages.Show(answer.Problem!, Errors);
            return Page();
        }
        var known = JourneyProgressState.Of(lookup.LookupId, onboarding);
        progress.Write(Response, known);
        return LocalRedirect(known.NextPath);
    }
}
