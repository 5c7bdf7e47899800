using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>STEP 2: the e-mail is verified; what follows (password and name, then the phone).</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerifiedModel(Step2State state) : PageModel
{
    public SignupState? Signup { get; private set; }

    public void OnGet() => Signup = state.Read(Request) is { EmailVerifiedAt: not null } signup ? signup : null;
}
