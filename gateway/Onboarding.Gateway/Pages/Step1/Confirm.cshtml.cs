using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Journey;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>
/// STEP 1, screen 2 (ご登録者の確認): the masked name; go on to the e-mail screen, or stop here. A member who already
/// finished STEP 1 is offered to skip ahead, and can still confirm again (e.g. with a new address).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConfirmModel(Step1State state, JourneyProgressStore progress) : PageModel
{
    public LookupStatus Status { get; private set; }

    public LookupState? Lookup { get; private set; }

    /// <summary>What membership said about this very lookup's member, when STEP 1 is already done.</summary>
    public JourneyProgressState? AlreadyDone { get; private set; }

    public void OnGet()
    {
        (Status, Lookup) = state.ReadLookup(Request);
        AlreadyDone = progress.Read(Request) is { Step1Done: true } known && known.LookupId == Lookup?.LookupId ? known : null;
    }

    public IActionResult OnPostContinue()
    {
        (Status, Lookup) = state.ReadLookup(Request);
        return Status == LookupStatus.Valid ? LocalRedirect("/step1/email") : Page();
    }

    /// <summary>中断する: the lookup is forgotten in this browser and the member is back at the start.</summary>
    public IActionResult OnPostCancel()
    {
        state.ClearLookup(Response);
        progress.Clear(Response);
        return LocalRedirect("/");
    }
}
