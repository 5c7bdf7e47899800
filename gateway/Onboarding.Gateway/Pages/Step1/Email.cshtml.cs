using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>
/// STEP 1, screen 3 (登録内容確認): a passcode to the registered address (メールアドレスの更新を行う) or to a new one
/// typed twice (メールアドレスの新規登録を行う). Either way the member goes on to the passcode page.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EmailModel(MembershipClient membership, Step1State state, ProblemMessages messages, UiLanguage text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? EmailConfirmation { get; set; }

    public LookupStatus Status { get; private set; }

    public LookupState? Lookup { get; private set; }

    public FormErrors Errors { get; } = new(("email", "email"), ("emailConfirmation", "emailConfirmation"));

    public void OnGet() => (Status, Lookup) = state.ReadLookup(Request);

    public Task<IActionResult> OnPostRegisteredAsync(CancellationToken cancellationToken) =>
        SendAsync(new PasscodeTarget.Registered(), anchor: null, cancellationToken);

    public Task<IActionResult> OnPostNewAsync(CancellationToken cancellationToken) =>
        SendAsync(new PasscodeTarget.NewAddress(Email, EmailConfirmation), anchor: "email", cancellationToken);

    private async Task<IActionResult> SendAsync(PasscodeTarget target, string? anchor, CancellationToken cancellationToken)
    {
        (Status, Lookup) = state.ReadLookup(Request);
        if (Status != LookupStatus.Valid || Lookup is null)
        {
            return Page();
        }

        var result = await membership.SendPasscodeAsync(Lookup.LookupId, target, cancellationToken);
        if (result.Value is { } sent)
        {
            state.WriteLookup(Response, Lookup with { LastChallengeId = sent.ChallengeId });
            return LocalRedirect($"/step1/passcode/{sent.ChallengeId}");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case ProblemCodes.LookupExpired:
                Status = LookupStatus.Expired;
                break;
            case ProblemCodes.LookupNotFound:
                state.ClearLookup(Response);
                (Status, Lookup) = (LookupStatus.Missing, null);
                break;
            case ProblemCodes.ResendTooSoon when Lookup.LastChallengeId is { } sentBefore:
                // A code went out a moment ago (e.g. the member came back with the browser's Back button): offer it.
                messages.Show(problem, Errors, anchor);
                Errors.AddLink(text[UiText.OpenSentPasscodePage], PasscodePagePath(sentBefore));
                break;
            default:
                messages.Show(problem, Errors, anchor);
                break;
        }
        return Page();
    }

    public static string PasscodePagePath(Guid challengeId) => $"/step1/passcode/{challengeId}";
}
