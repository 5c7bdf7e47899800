using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>STEP 3: the code is verified and the member signed in; 続行 goes on to PokePay 認証.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerifiedModel(MemberSession session) : PageModel
{
    public MemberSessionState? Session { get; private set; }

    /// <summary>Signed in by password (<see cref="PasswordModel"/>): the title says so instead of "code verified".</summary>
    public bool ViaPassword { get; private set; }

    public IActionResult OnGet([FromQuery] string? via)
    {
        Session = session.Current;
        ViaPassword = via == "password";
        return Session is null ? LocalRedirect("/step3") : Page();
    }
}
