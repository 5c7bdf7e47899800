using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2, the code sent to the phone (SMSで送られてきたコードを入力). A right code creates the account and leads to
/// <c>/step2/done</c>; a wrong one is shown next to the field with the attempts left. Resend by SMS or voice call.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PhoneCodeModel(PortalClient portal, Step2State state, ProblemMessages messages, UiLanguage text) : PageModel
{
    private const string ResentKey = "Step2.PhoneResent";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    public SignupState? Signup { get; private set; }

    public bool Resent { get; private set; }

    public FormErrors Errors { get; } = new(("code", "code"), ("phoneNumber", "send-sms"), ("channel", "send-sms"));

    public DateTimeOffset Now => state.Now;

    public void OnGet()
    {
        Signup = Sent();
        Resent = TempData[ResentKey] is true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Signup = Sent();
        if (Signup is null)
        {
            return Page();
        }
        var result = await portal.VerifyPhoneAsync(Signup.SignupId, Code, cancellationToken);
        Code = null;
        if (result.Value is not null)
        {
            state.Write(Response, Signup with { CompletedAt = state.Now });
            return LocalRedirect("/step2/done");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
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
            case PortalProblemCodes.CodeExpired or PortalProblemCodes.CodeLocked or PortalProblemCodes.CodeSuperseded:
                Errors.AddField("code", problem.Title ?? text[UiText.ProblemGenericTitle]);
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
        Signup = Sent();
        if (Signup is null)
        {
            return Page();
        }
        var problem = await PhoneCodes.SendAsync(portal, state, Request, Response, Signup, Signup.PhoneNumber, Channel, cancellationToken);
        if (problem is null)
        {
            TempData[ResentKey] = true;
            return LocalRedirect("/step2/phone/code");
        }
        if (problem.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired or PortalProblemCodes.ProfileNotSet)
        {
            Signup = null;
        }
        messages.Show(problem, Errors, anchor: "send-sms");
        return Page();
    }

    private SignupState? Sent() => state.Read(Request) is { PhoneSentTo: not null, CompletedAt: null } signup ? signup : null;
}
