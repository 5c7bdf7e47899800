using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>STEP 2 complete: the My Portal account exists; on to STEP 3.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DoneModel(Step2State state) : PageModel
{
    public SignupState? Signup { get; private set; }

    public void OnGet() => Signup = state.Read(Request) is { CompletedAt: not null } signup ? signup : null;
}
