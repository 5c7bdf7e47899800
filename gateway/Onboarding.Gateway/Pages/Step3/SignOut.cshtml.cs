using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// サインアウト, the button every page shows once the member is signed in (the layout): revokes the refresh token at
/// identity-portal, clears the session, and lands on the STEP 3 sign-in page saying so. A post with the antiforgery
/// token, so that another site cannot sign the member out.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SignOutModel(MemberSession session) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/step3");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await session.SignOutAsync(cancellationToken);
        TempData[IndexModel.SignedOutKey] = true;
        return LocalRedirect("/step3");
    }
}
