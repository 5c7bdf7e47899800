using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Portal;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// パスワードでログイン: the alternative to the e-mailed code (which the notice describes and stays the default). A
/// signed-in member lands where the code sign-in lands (<c>/step3/verified</c>, then 続行 to the provider's consent or
/// the mypage). identity-portal answers an unknown address exactly like a wrong password and keeps the lock-out
/// (docs/architecture.md §6.3), so this page can say only "address or password not correct".
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PasswordModel(PortalClient portal, Step1State step1, Step2State step2, Step3State state, MemberSession session,
    ProblemMessages messages, UiLanguage text) : PageModel
{
    /// <summary>Where a signed-in member goes; the query only chooses the page's title (no personal data).</summary>
    public const string SignedInPath = "/step3/verified?via=password";

    /// <summary>Set by the password reset, so this page can say the new password is in place.</summary>
    public const string PasswordChangedKey = "Step3.PasswordChanged";

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>Bound for the post only; never written back into the page.</summary>
    [BindProperty]
    public string? Password { get; set; }

    public bool PasswordChanged { get; private set; }

    public FormErrors Errors { get; } = new(("email", "email"), ("password", "password"));

    public void OnGet()
    {
        PasswordChanged = TempData[PasswordChangedKey] is true;
        Email = session.Current?.Email
            ?? state.ReadSignIn(Request)?.Email
            ?? step2.Read(Request)?.Email
            ?? step1.ReadConfirmed(Request)?.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim();
        var password = Password;
        Password = null;
        var result = await portal.SignInWithPasswordAsync(email, password, cancellationToken);
        if (result.Value is { } tokens)
        {
            session.SignIn(email!, tokens);
            // A code sign-in left half-way in this browser is no longer needed.
            state.ClearSignIn(Response);
            return LocalRedirect(SignedInPath);
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PasswordProblemCodes.InvalidCredentials:
                // The same words for an unknown address and a wrong password; the attempts left count for either.
                Errors.AddField("password", messages.AttemptsLeft(TitleOf(problem), problem.AttemptsRemaining, UiText.PasswordLastAttempt));
                break;
            case SignInProblemCodes.SignInLocked:
                Errors.AddGeneral(messages.WithDetail(TitleOf(problem), messages.RetryAfter(problem.RetryAfterSeconds, text[UiText.RetryAfterFormat])), "password");
                Errors.AddLink(text[UiText.PasswordUseCodeLink], "/step3");
                break;
            case ProblemCodes.ValidationFailed when problem.FieldErrors.Count == 0:
                Errors.AddField("email", TitleOf(problem));
                break;
            default:
                messages.Show(problem, Errors, anchor: "email");
                break;
        }
        return Page();
    }

    private string TitleOf(ServiceProblem problem) => problem.Title ?? text[UiText.ProblemGenericTitle];
}
