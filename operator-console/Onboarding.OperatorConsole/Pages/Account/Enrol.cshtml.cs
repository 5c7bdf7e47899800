using System.Security.Claims;
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
/// First sign-in: the account's authenticator key (Identity's, made here once) as text and as an <c>otpauth://</c>
/// URI; a correct code from the app turns on the second factor and completes the sign-in. Reached only with a
/// password-only sign-in of an account that has no authenticator yet.
/// </summary>
[Authorize(Policy = StaffPolicies.PasswordOnly)]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class EnrolModel(SignInManager<StaffUser> signIn, IAuditLog audit, ConsoleLanguage text) : PageModel
{
    /// <summary>The issuer authenticator apps show next to the account.</summary>
    public const string Issuer = "Onboarding Console";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FieldErrors Errors { get; } = new();

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    private UserManager<StaffUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await EnrollingUserAsync() is not { } user) return await StartAgainAsync();
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await EnrollingUserAsync() is not { } user) return await StartAgainAsync();
        var code = AuthenticatorCode.Normalise(Code);
        if (code is null || !await Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            // A wrong code counts like a wrong password, so the key cannot be probed without limit.
            await Users.AccessFailedAsync(user);
            if (await Users.IsLockedOutAsync(user)) return await StartAgainAsync();
            Errors.Add("code", text[code is null ? ConsoleText.CodeFormatInvalid : ConsoleText.CodeIncorrect]);
            Response.StatusCode = code is null ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
            await ShowKeyAsync(user);
            return Page();
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        await Users.ResetAccessFailedCountAsync(user);
        await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.AuthenticatorEnrolled, user.UserName));
        // The password-only sign-in becomes a full one (the second factor was just shown).
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(StaffPolicies.AuthenticationMethodClaim, StaffPolicies.SecondFactor)]);
        await audit.RecordForAsync(user.UserName!, user.Id, new AuditRecord(AuditActions.SignedIn, user.UserName, Details: new { enrolled = true }));
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl) ?? "/");
    }

    /// <summary>The signed-in account, if it still has no second factor (and is not disabled or locked).</summary>
    private async Task<StaffUser?> EnrollingUserAsync()
    {
        var user = await Users.GetUserAsync(User);
        return user is { TwoFactorEnabled: false, IsDisabled: false } && !await Users.IsLockedOutAsync(user) ? user : null;
    }

    private async Task<IActionResult> StartAgainAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }

    private async Task ShowKeyAsync(StaffUser user)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was made.");
            // Making the key changed the account's security stamp, which every request checks: renew this sign-in.
            await signIn.RefreshSignInAsync(user);
        }
        FormattedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
        AuthenticatorUri = OtpAuthUri(user.UserName!, key);
    }

    /// <summary>The key-URI format authenticator apps read (Google's "Key Uri Format"): TOTP, SHA-1, 6 digits, 30 s.</summary>
    public static string OtpAuthUri(string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
}
