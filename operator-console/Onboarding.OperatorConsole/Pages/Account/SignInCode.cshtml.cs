using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Security;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Account;

/// <summary>
/// The second factor: the authenticator code, for the account the password step remembered (Identity's short two-factor
/// cookie). A wrong code counts towards the same lock-out as a wrong password; each code is accepted once.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInCodeModel(SignInManager<StaffUser> signIn, IAuditLog audit, ConsoleLanguage text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FieldErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return RedirectToPage("/Account/SignIn");
        if (AuthenticatorCode.Normalise(Code) is not { } code)
        {
            Errors.Add("code", text[ConsoleText.CodeFormatInvalid]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.SignedIn, user.UserName));
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl) ?? "/");
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (result.IsLockedOut)
        {
            await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.LockedOut, user.UserName, Details: new { step = "code" }));
            Errors.Add(null, text.Format(ConsoleText.LockedOutFormat, SignInModel.MinutesLeft(user, clock)));
            return Page();
        }
        await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.SignInFailed, user.UserName, Details: new { step = "code" }));
        Errors.Add("code", text[ConsoleText.CodeIncorrect]);
        return Page();
    }
}
