using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Pages.Step1;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2 start (マイポータルへの登録): what happens, the address from STEP 1 if this browser has it (or, after a resume,
/// its masked form as a reminder), and 今すぐサインアップ.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(Step1State step1, JourneyProgressStore progress) : PageModel
{
    public string? ConfirmedEmail { get; private set; }

    /// <summary>From membership after a resume: the member types the full address on the next screen.</summary>
    public string? ConfirmedEmailMasked { get; private set; }

    /// <summary>Membership says STEP 2 is already done: STEP 3 is the way on.</summary>
    public bool AlreadyRegistered { get; private set; }

    public void OnGet()
    {
        ConfirmedEmail = step1.ReadConfirmed(Request)?.Email;
        var known = progress.Read(Request);
        ConfirmedEmailMasked = ConfirmedEmail is null ? known?.ConfirmedEmailMasked : null;
        AlreadyRegistered = known is { Step2Done: true };
    }
}
