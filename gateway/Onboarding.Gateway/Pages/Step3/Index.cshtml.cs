using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// STEP 3 sign-in (PokePayマイページにアクセス → 確認コードを送信). The address is pre-filled from STEP 1 or 2 in this
/// browser but stays editable: STEP 3 is often done later, on another day or for an account made elsewhere.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PortalClient portal, Step1State step1, Step2State step2, Step3State state, MemberSession session,
    JourneyProgressStore progress, ProblemMessages messages, UiLanguage text) : PageModel
{
    /// <summary>Set by the pages that found the member's session over, so this page can say why they are back here.</summary>
    public const string SessionExpiredKey = "Step3.SessionExpired";

    /// <summary>Set by sign-out, so this page can confirm it.</summary>
    public const string SignedOutKey = "Step3.SignedOut";

    [BindProperty]
    public string? Email { get; set; }

    public bool SignedIn { get; private set; }

    public bool SessionExpired { get; private set; }

    public bool SignedOut { get; private set; }

    /// <summary>Membership said (on resume) that all three steps are done: 登録完了, and sign in to see the mypage.</summary>
    public bool RegistrationCompleted { get; private set; }

    public FormErrors Errors { get; } = new(("email", "email"));

    public void OnGet()
    {
        SignedIn = session.Current is not null;
        // A session past its absolute end is said here once, then forgotten.
        SessionExpired = TempData[SessionExpiredKey] is true || session.Ended;
        if (session.Ended)
        {
            session.SignOut();
        }
        SignedOut = TempData[SignedOutKey] is true;
        RegistrationCompleted = progress.Read(Request)?.Completed == true;
        Email = session.Current?.Email
            ?? state.ReadSignIn(Request)?.Email
            ?? step2.Read(Request)?.Email
            ?? step1.ReadConfirmed(Request)?.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignedIn = session.Current is not null;
        RegistrationCompleted = progress.Read(Request)?.Completed == true;
        var email = Email?.Trim();
        var result = await portal.StartSignInAsync(email, cancellationToken);
        if (result.Value is { } started)
        {
            state.WriteSignIn(Response, SignInState.Of(email!, started));
            return LocalRedirect("/step3/code");
        }

        var problem = result.Problem!;
        if (problem.Code == ProblemCodes.ValidationFailed && problem.FieldErrors.Count == 0)
        {
            // Validation without a field message still belongs next to the only field there is.
            Errors.AddField("email", problem.Title ?? text[UiText.ProblemGenericTitle]);
        }
        else
        {
            messages.Show(problem, Errors, anchor: "email");
        }
        return Page();
    }
}
