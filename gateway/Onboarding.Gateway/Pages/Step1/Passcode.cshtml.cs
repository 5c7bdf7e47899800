using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>
/// STEP 1, screen 4 (パスコードで認証). The passcode mail links here, so it needs nothing from the browser: the
/// challenge id in the address is enough to show where the code went, until when it is valid, and to send a new one.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PasscodeModel(MembershipClient membership, Step1State state, ProblemMessages messages) : PageModel
{
    private const string ResentKey = "Step1.Resent";

    [FromRoute]
    public Guid ChallengeId { get; set; }

    /// <summary>Bound for the post only; never written back into the page.</summary>
    [BindProperty]
    public string? Passcode { get; set; }

    public PasscodeChallenge? CurrentChallenge { get; private set; }

    /// <summary>The challenge is unknown to the service (a mistyped or cut-off link).</summary>
    public bool ChallengeMissing { get; private set; }

    /// <summary>The lookup behind the challenge is over (30 minutes): a new code needs a new lookup.</summary>
    public LookupStatus LookupStatus { get; private set; } = LookupStatus.Valid;

    /// <summary>A new code was just sent (after "send again").</summary>
    public bool Resent { get; private set; }

    public FormErrors Errors { get; } = new(("passcode", "passcode"));

    public DateTimeOffset Now => state.Now;

    public bool IsExpired => CurrentChallenge is { IsPending: true } challenge && challenge.ExpiresAt <= Now;

    /// <summary>The code form is shown only while a code can still be accepted.</summary>
    public bool CanVerify => CurrentChallenge is { IsPending: true } && !IsExpired;

    public bool CanResend => CurrentChallenge is { IsConfirmed: false };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Resent = TempData[ResentKey] is true;
        return await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await membership.VerifyPasscodeAsync(ChallengeId, Passcode, cancellationToken);
        Passcode = null;
        if (result.Value is { } confirmed)
        {
            state.WriteConfirmed(Response, new ConfirmedEmailState(confirmed.Email, confirmed.ConfirmedAt, confirmed.Coop));
            state.ClearLookup(Response);
            return LocalRedirect("/step1/done");
        }

        var problem = result.Problem!;
        if (problem.Code == ProblemCodes.ChallengeNotFound)
        {
            return ShowNotFound();
        }
        messages.Show(problem, Errors, anchor: "passcode");
        return await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var result = await membership.ResendPasscodeAsync(ChallengeId, cancellationToken);
        if (result.Value is { } sent)
        {
            TempData[ResentKey] = true;
            return LocalRedirect($"/step1/passcode/{sent.ChallengeId}");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case ProblemCodes.ChallengeNotFound:
                return ShowNotFound();
            case ProblemCodes.LookupExpired:
                LookupStatus = LookupStatus.Expired;
                return Page();
            case ProblemCodes.LookupNotFound:
                LookupStatus = LookupStatus.Missing;
                return Page();
            default:
                messages.Show(problem, Errors, anchor: null);
                return await LoadAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await membership.GetChallengeAsync(ChallengeId, cancellationToken);
        if (result.Value is { } challenge)
        {
            CurrentChallenge = challenge;
            return Page();
        }
        if (result.Problem!.Code == ProblemCodes.ChallengeNotFound)
        {
            return ShowNotFound();
        }
        if (!Errors.Any)
        {
            messages.Show(result.Problem, Errors);
        }
        return Page();
    }

    private PageResult ShowNotFound()
    {
        ChallengeMissing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
