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
/// The first factor: user name and password. An enrolled account goes on to the code page, an account not yet enrolled
/// to the enrolment page (with a password-only sign-in that opens nothing else). Every failure says the same thing,
/// whether the name is unknown, the password wrong or the account disabled, and each is audited; five in a row lock
/// the account for 15 minutes.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(SignInManager<StaffUser> signIn, IAuditLog audit, ConsoleLanguage text, TimeProvider clock) : PageModel
{
    public const int MaxPasswordLength = 256;

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FieldErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userName = UserName?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(userName)) Errors.Add("userName", text[ConsoleText.UserNameRequired]);
        if (string.IsNullOrEmpty(Password)) Errors.Add("password", text[ConsoleText.PasswordRequired]);
        if (Password is { Length: > MaxPasswordLength }) Errors.Add("password", text[ConsoleText.SignInFailed]);
        if (Errors.Any) return Failed(StatusCodes.Status400BadRequest);

        var user = StaffUserName.IsValid(userName) ? await signIn.UserManager.FindByNameAsync(userName!) : null;
        if (user is null)
        {
            await audit.RecordForAsync(AuditLog.UnknownActor, null, new AuditRecord(AuditActions.SignInFailed, Details: new { step = "password" }));
            return WrongCredentials();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/SignInCode", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        // Only an account with no authenticator yet gets this far on a password alone; it may only enrol.
        if (result.Succeeded) return RedirectToPage("/Account/Enrol", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        if (result.IsLockedOut)
        {
            await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.LockedOut, user.UserName, Details: new { step = "password" }));
            Errors.Add(null, text.Format(ConsoleText.LockedOutFormat, MinutesLeft(user, clock)));
            return Failed(StatusCodes.Status401Unauthorized);
        }
        await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.SignInFailed, user.UserName,
            Details: new { step = "password", reason = result.IsNotAllowed ? "disabled" : "password" }));
        return WrongCredentials();
    }

    /// <summary>Whole minutes until a locked account may try again (at least 1).</summary>
    public static int MinutesLeft(StaffUser user, TimeProvider clock) =>
        Math.Max(1, (int)Math.Ceiling(((user.LockoutEnd ?? clock.GetUtcNow()) - clock.GetUtcNow()).TotalMinutes));

    /// <summary>A local path to return to after sign-in, or null (home).</summary>
    public static string? SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: <= 2048 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : null;

    private PageResult WrongCredentials()
    {
        Errors.Add("password", text[ConsoleText.SignInFailed]);
        return Failed(StatusCodes.Status401Unauthorized);
    }

    private PageResult Failed(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
