using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Step1;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>STEP 1, screen 2 (ご登録者の確認): the masked name; go on to the e-mail screen, or stop here.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConfirmModel(Step1State state) : PageModel
{
    public LookupStatus Status { get; private set; }

    public LookupState? Lookup { get; private set; }

    public void OnGet() => (Status, Lookup) = state.ReadLookup(Request);

    public IActionResult OnPostContinue()
    {
        (Status, Lookup) = state.ReadLookup(Request);
        return Status == LookupStatus.Valid ? LocalRedirect("/step1/email") : Page();
    }

    /// <summary>中断する: the lookup is forgotten in this browser and the member is back at the start.</summary>
    public IActionResult OnPostCancel()
    {
        state.ClearLookup(Response);
        return LocalRedirect("/");
    }
}
