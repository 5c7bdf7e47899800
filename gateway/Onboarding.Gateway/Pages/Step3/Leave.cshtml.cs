using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Portal;
using Onboarding.Gateway.Services;
using Onboarding.Gateway.Wallet;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// 退会 (issue 13 §5, architecture §6.9): the consequences before the final button; then the wallet is unlinked
/// (wallet-link revokes the provider's tokens) and only then is the account deleted at identity-portal. A provider that
/// cannot be reached stops everything: nothing is unlinked or deleted, and the member is told. Once deleted, this
/// browser's session and journey cookies go, and the member lands on a page saying so.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LeaveModel(WalletClient wallet, PortalClient portal, MemberSession session, Step3State step3, Step2State step2,
    JourneyProgressStore progress, ProblemMessages messages, UiLanguage text) : PageModel
{
    public FormErrors Errors { get; } = new();

    public IActionResult OnGet() => session.Current is null ? LocalRedirect("/step3") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unlink = await session.CallAsync(member => wallet.UnlinkAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (unlink.SignedOut) return SessionExpired();
        // not_linked is fine: there is nothing to unlink.
        if (unlink.Result!.Problem is { Code: not WalletProblemCodes.NotLinked } unlinkProblem)
        {
            return Refused(unlinkProblem);
        }

        var deletion = await session.CallAsync(member => portal.DeleteAccountAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (deletion.SignedOut) return SessionExpired();
        if (deletion.Result!.Problem is { } deletionProblem) return Refused(deletionProblem);

        // The refresh token went with the account: only this browser's cookies are left to forget.
        session.SignOut();
        step3.ClearSignIn(Response);
        step2.Clear(Response);
        progress.Clear(Response);
        TempData[LeftModel.LeftKey] = true;
        return LocalRedirect(LeftModel.PagePath);
    }

    private IActionResult SessionExpired()
    {
        TempData[IndexModel.SessionExpiredKey] = true;
        return LocalRedirect("/step3");
    }

    private PageResult Refused(ServiceProblem problem)
    {
        if (problem.Code == WalletProblemCodes.ProviderUnavailable)
        {
            Errors.AddGeneral(text[UiText.LeaveProviderUnavailable]);
        }
        else
        {
            messages.Show(problem, Errors);
        }
        return Page();
    }
}
