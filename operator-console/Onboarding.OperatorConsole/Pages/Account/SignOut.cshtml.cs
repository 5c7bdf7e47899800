using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Account;

/// <summary>Sign-out is a POST with the antiforgery token (the header's button), so no link or image can sign staff out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditRecord(AuditActions.SignedOut, User.Identity.Name));
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
