using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2 sign-up (確認コードを送信). The address is the one confirmed in STEP 1 in this browser, shown and not
/// editable; only a browser without it gets a field. identity-portal refuses addresses STEP 1 did not confirm.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SignupModel(PortalClient portal, Step1State step1, Step2State state, JourneyProgressStore progress, ProblemMessages messages) : PageModel
{
    /// <summary>Only read when this browser has no STEP 1 confirmation.</summary>
    [BindProperty]
    public string? Email { get; set; }

    public string? ConfirmedEmail { get; private set; }

    /// <summary>After a resume in a new browser: membership's masked address, a reminder of which address to type.</summary>
    public string? ConfirmedEmailMasked { get; private set; }

    public bool Step1NotCompleted { get; private set; }

    public bool AccountExists { get; private set; }

    public FormErrors Errors { get; } = new(("email", "email"));

    public void OnGet() => ReadAddress();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReadAddress();
        var email = ConfirmedEmail ?? Email?.Trim();
        var result = await portal.StartSignupAsync(email, cancellationToken);
        if (result.Value is { } started)
        {
            state.Write(Response, SignupState.Of(email!, started));
            return LocalRedirect("/step2/code");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.Step1NotCompleted:
                Step1NotCompleted = true;
                messages.Show(problem, Errors, anchor: "to-step1");
                break;
            case PortalProblemCodes.AccountExists:
                AccountExists = true;
                messages.Show(problem, Errors);
                break;
            default:
                messages.Show(problem, Errors, anchor: ConfirmedEmail is null ? "email" : null);
                break;
        }
        return Page();
    }

    /// <summary>The address is fixed when this browser confirmed it in STEP 1; otherwise the member types it.</summary>
    private void ReadAddress()
    {
        ConfirmedEmail = step1.ReadConfirmed(Request)?.Email;
        ConfirmedEmailMasked = ConfirmedEmail is null ? progress.Read(Request)?.ConfirmedEmailMasked : null;
    }
}
