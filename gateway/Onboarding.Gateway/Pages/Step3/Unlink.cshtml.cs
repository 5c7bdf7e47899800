using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Services;
using Onboarding.Gateway.Wallet;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// PokePayとの連携の解除 (issue 13 §4): says what unlinking means for e-money use before the final button, which asks
/// wallet-link to unlink (<c>DELETE /api/wallet/links/me</c>: the provider's tokens revoked, then the link removed and
/// <c>WalletUnlinked</c> published). The mypage then shows the wallet not linked and offers linking again. A provider
/// that cannot be reached changes nothing, and the member is told to try later on this page.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UnlinkModel(WalletClient wallet, MemberSession session, ProblemMessages messages, UiLanguage text) : PageModel
{
    /// <summary>TempData flag: the mypage says the wallet was unlinked, once.</summary>
    public const string UnlinkedKey = "Step3.WalletUnlinked";

    public FormErrors Errors { get; } = new();

    public IActionResult OnGet() => session.Current is null ? LocalRedirect("/step3") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var call = await session.CallAsync(member => wallet.UnlinkAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (call.SignedOut)
        {
            TempData[IndexModel.SessionExpiredKey] = true;
            return LocalRedirect("/step3");
        }

        var result = call.Result!;
        // not_linked: already unlinked (a second press, another tab): the outcome the member asked for.
        if (result.Value is not null || result.Problem is { Code: WalletProblemCodes.NotLinked })
        {
            TempData[UnlinkedKey] = true;
            return LocalRedirect(LinkModel.ReturnPath);
        }
        if (result.Problem is { Code: WalletProblemCodes.ProviderUnavailable })
        {
            Errors.AddGeneral(text[UiText.UnlinkProviderUnavailable]);
        }
        else
        {
            messages.Show(result.Problem ?? ServiceProblem.Unavailable(StatusCodes.Status502BadGateway), Errors);
        }
        return Page();
    }
}
