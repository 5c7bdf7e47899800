using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>STEP 1 complete: the confirmed address, and the way on to STEP 2.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DoneModel(Step1State state) : PageModel
{
    public ConfirmedEmailState? Confirmed { get; private set; }

    public void OnGet() => Confirmed = state.ReadConfirmed(Request);
}
