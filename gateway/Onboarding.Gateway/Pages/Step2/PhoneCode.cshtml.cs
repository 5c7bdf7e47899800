using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2, the code sent to the phone (SMSで送られてきたコードを入力). A right code creates the account and leads to
/// <c>/step2/done</c>; a wrong one is shown next to the field with the attempts left. Resend by SMS or voice call.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PhoneCodeModel(PortalClient portal, Step2State state, ProblemMessages messages, UiLanguage text)
    : CodePageModel<SignupState>(messages, text, "Step2.PhoneResent", ("code", "code"), ("phoneNumber", "send-sms"), ("channel", "send-sms"))
{
    /// <summary>How to resend: SMS or a voice call.</summary>
    [BindProperty]
    public string? Channel { get; set; }

    public SignupState? Signup => Pending;

    public override DateTimeOffset Now => state.Now;

    /// <summary>A sign-up whose phone code was sent and not yet used.</summary>
    protected override SignupState? ReadPending() =>
        state.Read(Request) is { PhoneSentTo: not null, CompletedAt: null } signup ? signup : null;

    protected override async Task<IActionResult> VerifyAsync(SignupState signup, string? code, CancellationToken cancellationToken)
    {
        var result = await portal.VerifyPhoneAsync(signup.SignupId, code, cancellationToken);
        if (result.Value is not null)
        {
            state.Write(Response, signup with { CompletedAt = state.Now });
            return LocalRedirect("/step2/done");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.InvalidCode:
                ShowWrongCode(problem);
                break;
            case PortalProblemCodes.CodeExpired or PortalProblemCodes.CodeLocked or PortalProblemCodes.CodeSuperseded:
                Errors.AddField("code", TitleOf(problem));
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
        var problem = await PhoneCodes.SendAsync(portal, state, Request, Response, signup, signup.PhoneNumber, Channel, cancellationToken);
        if (problem is null)
        {
            return ShowResent("/step2/phone/code");
        }
        if (problem.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired or PortalProblemCodes.ProfileNotSet)
        {
            Pending = null;
        }
        Messages.Show(problem, Errors, anchor: "send-sms");
        return Page();
    }
}
