using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2, the e-mail code (コードの確認). The sign-up comes from this browser's protected cookie, never from the URL.
/// A wrong code is shown next to the field with the attempts left; a code that can no longer work says to send a new one.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CodeModel(PortalClient portal, Step2State state, ProblemMessages messages, UiLanguage text) : PageModel
{
    private const string ResentKey = "Step2.Resent";

    /// <summary>Bound for the post only; never written back into the page.</summary>
    [BindProperty]
    public string? Code { get; set; }

    public SignupState? Signup { get; private set; }

    public bool Resent { get; private set; }

    public FormErrors Errors { get; } = new(("code", "code"));

    public DateTimeOffset Now => state.Now;

    public void OnGet()
    {
        Signup = state.Read(Request);
        Resent = TempData[ResentKey] is true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Signup = state.Read(Request);
        if (Signup is null)
        {
            return Page();
        }
        var result = await portal.VerifyEmailAsync(Signup.SignupId, Code, cancellationToken);
        Code = null;
        if (result.Value is { } verified)
        {
            state.Write(Response, Signup with { EmailVerifiedAt = verified.EmailVerifiedAt });
            return LocalRedirect("/step2/verified");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.CodeUsed:
                // Verified already (a second tab, a double click): go on.
                state.Write(Response, Signup with { EmailVerifiedAt = Signup.EmailVerifiedAt ?? Now });
                return LocalRedirect("/step2/verified");
            case PortalProblemCodes.InvalidCode:
                var attempts = problem.AttemptsRemaining switch
                {
                    null or <= 0 => null,
                    1 => text[UiText.EmailCodeLastAttempt],
                    var remaining => string.Format(CultureInfo.CurrentCulture, text[UiText.AttemptsRemainingFormat], remaining),
                };
                var title = problem.Title ?? text[UiText.ProblemGenericTitle];
                Errors.AddField("code", attempts is null ? title : string.Format(CultureInfo.CurrentCulture, text[UiText.SentenceJoinFormat], title, attempts));
                break;
            case PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired:
                state.Clear(Response);
                Signup = null;
                messages.Show(problem, Errors);
                break;
            default:
                messages.Show(problem, Errors, anchor: "code");
                break;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        Signup = state.Read(Request);
        if (Signup is null)
        {
            return Page();
        }
        var result = await portal.ResendCodeAsync(Signup.SignupId, cancellationToken);
        if (result.Value is { } sent)
        {
            state.Write(Response, SignupState.Of(Signup.Email, sent));
            TempData[ResentKey] = true;
            return LocalRedirect("/step2/code");
        }

        var problem = result.Problem!;
        if (problem.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired)
        {
            state.Clear(Response);
            Signup = null;
        }
        messages.Show(problem, Errors);
        return Page();
    }
}
