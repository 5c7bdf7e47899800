using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>STEP 1, screen 1: the member number and birth date from the notice.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LookupModel(MembershipClient membership, Step1State state, JourneyProgressStore progress, ProblemMessages messages)
    : LookupFormModel(state)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await membership.CreateLookupAsync(MemberNumber, BirthDate, cancellationToken);
        if (result.Value is { } lookup)
        {
            State.WriteLookup(Response, LookupState.Of(lookup));
            await RememberProgressAsync(lookup.LookupId, cancellationToken);
            return LocalRedirect("/step1/confirm");
        }

        messages.ShowLookupProblem(result.Problem!, Errors, anchor: "memberNumber");
        return Page();
    }

    /// <summary>
    /// A member who did STEP 1 before (and maybe more) is offered to skip ahead on the confirm page. Without an answer
    /// (the service is slow or down) STEP 1 simply goes on as for anyone: nothing is lost but the shortcut.
    /// </summary>
    private async Task RememberProgressAsync(Guid lookupId, CancellationToken cancellationToken)
    {
        var answer = await membership.GetLookupProgressAsync(lookupId, cancellationToken);
        if (answer.Value is { } onboarding)
        {
            progress.Write(Response, JourneyProgressState.Of(lookupId, onboarding));
        }
        else
        {
            progress.Clear(Response);
        }
    }
}
