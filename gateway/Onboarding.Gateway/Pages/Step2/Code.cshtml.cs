using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2, the e-mail code (コードの確認). The sign-up comes from this browser's protected cookie, never from the URL.
/// A wrong code is shown next to the field with the attempts left; a code that can no longer work says to send a new one.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CodeModel(PortalClient portal, Step2State state, ProblemMessages messages, UiLanguage text)
    : CodePageModel<SignupState>(messages, text, "Step2.Resent", ("code", "code"))
{
    public SignupState? Signup => Pending;

    public override DateTimeOffset Now => state.Now;

    protected override SignupState? ReadPending() => state.Read(Request);

    protected override async Task<IActionResult> VerifyAsync(SignupState signup, string? code, CancellationToken cancellationToken)
    {
        var result = await portal.VerifyEmailAsync(signup.SignupId, code, cancellationToken);
        if (result.Value is { } verified)
        {
            state.Write(Response, signup with { EmailVerifiedAt = verified.EmailVerifiedAt });
            return LocalRedirect("/step2/verified");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.CodeUsed:
                // Verified already (a second tab, a double click): go on.
                state.Write(Response, signup with { EmailVerifiedAt = signup.EmailVerifiedAt ?? Now });
                return LocalRedirect("/step2/verified");
            case PortalProblemCodes.InvalidCode:
                ShowWrongCode(problem);
                break;
            case PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired:
                state.Clear(Response);
                Pending = null;
                Messages.Show(problem, Errors);
                break;
            default:
                Messages.Show(problem, Errors, anchor: "code");
                break;
        }
        return Page();
    }

    protected override async Task<IActionResult> ResendAsync(SignupState signup, CancellationToken cancellationToken)
    {
        var result = await portal.ResendCodeAsync(signup.SignupId, cancellationToken);
        if (result.Value is { } sent)
        {
            state.Write(Response, SignupState.Of(signup.Email, sent));
            return ShowResent("/step2/code");
        }

        var problem = result.Problem!;
        if (problem.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired)
        {
            state.Clear(Response);
            Pending = null;
        }
        Messages.Show(problem, Errors);
        return Page();
    }
}
