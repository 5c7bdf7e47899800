using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.Pages;

/// <summary>The language switch posts here; the choice is remembered in the culture cookie.</summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (!GatewayLocalization.IsSupported(culture))
        {
            return BadRequest();
        }
        GatewayLocalization.RememberCulture(Response, culture!);
        // Only ever back into this site: the return URL comes from the form and could be tampered with.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
