using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// STEP 3, the e-mailed code (コードの確認). A correct code gives the member's tokens, which go straight into the
/// encrypted session cookie; the page then shows the verified state with 続行 (the notice: コードの確認 first, then 続行).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CodeModel(PortalClient portal, Step3State state, MemberSession session, ProblemMessages messages, UiLanguage text)
    : CodePageModel<SignInState>(messages, text, "Step3.Resent", ("code", "code"))
{
    public SignInState? PendingSignIn => Pending;

    public override DateTimeOffset Now => state.Now;

    protected override SignInState? ReadPending() => state.ReadSignIn(Request);

    protected override async Task<IActionResult> VerifyAsync(SignInState signIn, string? code, CancellationToken cancellationToken)
    {
        var result = await portal.VerifySignInAsync(signIn.SignInId, code, cancellationToken);
        if (result.Value is { } tokens)
        {
            session.SignIn(signIn.Email, tokens);
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
                ShowWrongCode(problem);
                break;
            case SignInProblemCodes.SignInNotFound:
                state.ClearSignIn(Response);
                Pending = null;
                Messages.Show(problem, Errors);
                break;
            case SignInProblemCodes.SignInLocked:
                Errors.AddGeneral(Messages.WithDetail(TitleOf(problem), Messages.RetryAfter(problem.RetryAfterSeconds, Text[UiText.RetryAfterFormat])), "code");
                break;
            default:
                Messages.Show(problem, Errors, anchor: "code");
                break;
        }
        return Page();
    }

    protected override async Task<IActionResult> ResendAsync(SignInState signIn, CancellationToken cancellationToken)
    {
        var result = await portal.ResendSignInCodeAsync(signIn.SignInId, cancellationToken);
        if (result.Value is { } sent)
        {
            state.WriteSignIn(Response, SignInState.Of(signIn.Email, sent));
            return ShowResent("/step3/code");
        }

        var problem = result.Problem!;
        if (problem.Code == SignInProblemCodes.SignInNotFound)
        {
            state.ClearSignIn(Response);
            Pending = null;
        }
        Messages.Show(problem, Errors);
        return Page();
    }
}
