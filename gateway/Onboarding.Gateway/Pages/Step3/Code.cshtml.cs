using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Portal;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// STEP 3, the e-mailed code (コードの確認). A correct code gives the member's tokens, which go straight into the
/// encrypted session cookie; the page then shows the verified state with 続行 (the notice: コードの確認 first, then 続行).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CodeModel(PortalClient portal, Step3State state, MemberSession session, ProblemMessages messages, UiLanguage text) : PageModel
{
    private const string ResentKey = "Step3.Resent";

    /// <summary>Bound for the post only; never written back into the page.</summary>
    [BindProperty]
    public string? Code { get; set; }

    public SignInState? PendingSignIn { get; private set; }

    public bool Resent { get; private set; }

    public FormErrors Errors { get; } = new(("code", "code"));

    public DateTimeOffset Now => state.Now;

    public void OnGet()
    {
        PendingSignIn = state.ReadSignIn(Request);
        Resent = TempData[ResentKey] is true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PendingSignIn = state.ReadSignIn(Request);
        if (PendingSignIn is null)
        {
            return Page();
        }
        var result = await portal.VerifySignInAsync(PendingSignIn.SignInId, Code, cancellationToken);
        Code = null;
        if (result.Value is { } tokens)
        {
            session.SignIn(PendingSignIn.Email, tokens);
            // The code is spent: nothing more to resend or verify.
            state.ClearSignIn(Response);
            return LocalRedirect("/step3/verified");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.CodeUsed when session.Current is not null:
                // Verified already (a second tab, a double click): go on.
                return LocalRedirect("/step3/verified");
            case PortalProblemCodes.InvalidCode:
                Errors.AddField("code", WithAttempts(problem));
                break;
            case SignInProblemCodes.SignInNotFound:
                state.ClearSignIn(Response);
                PendingSignIn = null;
                messages.Show(problem, Errors);
                break;
            case SignInProblemCodes.SignInLocked:
                Errors.AddGeneral(messages.WithDetail(problem.Title ?? text[UiText.ProblemGenericTitle], messages.RetryAfter(problem.RetryAfterSeconds, text[UiText.RetryAfterFormat])), "code");
                break;
            default:
                messages.Show(problem, Errors, anchor: "code");
                break;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        PendingSignIn = state.ReadSignIn(Request);
        if (PendingSignIn is null)
        {
            return Page();
        }
        var result = await portal.ResendSignInCodeAsync(PendingSignIn.SignInId, cancellationToken);
        if (result.Value is { } sent)
        {
            state.WriteSignIn(Response, SignInState.Of(PendingSignIn.Email, sent));
            TempData[ResentKey] = true;
            return LocalRedirect("/step3/code");
        }

        var problem = result.Problem!;
        if (problem.Code == SignInProblemCodes.SignInNotFound)
        {
            state.ClearSignIn(Response);
            PendingSignIn = null;
        }
        messages.Show(problem, Errors);
        return Page();
    }

    private string WithAttempts(ServiceProblem problem)
    {
        var title = problem.Title ?? text[UiText.ProblemGenericTitle];
        var attempts = problem.AttemptsRemaining switch
        {
            null or <= 0 => null,
            1 => text[UiText.EmailCodeLastAttempt],
            var remaining => string.Format(CultureInfo.CurrentCulture, text[UiText.AttemptsRemainingFormat], remaining),
        };
        return attempts is null ? title : string.Format(CultureInfo.CurrentCulture, text[UiText.SentenceJoinFormat], title, attempts);
    }
}
