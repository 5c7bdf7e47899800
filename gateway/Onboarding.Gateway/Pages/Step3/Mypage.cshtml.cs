using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Wallet;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>How the provider round trip ended, from wallet-link's callback (<c>?link=...</c>).</summary>
public enum LinkOutcome
{
    None,
    Linked,
    Denied,
    Expired,
    Invalid,
    Failed,
    Unavailable,

    /// <summary>The provider's address was finished in a browser that did not start it: nothing was linked.</summary>
    WrongBrowser,

    /// <summary>The PokePay wallet consented with is linked to another member.</summary>
    WalletInUse,
}

/// <summary>
/// 電子マネーマイページ: the link, the balance and recent transactions from wallet-link, and 登録完了 once membership
/// records all three steps done. A provider that is down is a notice on this page, not an error page.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MypageModel(WalletClient wallet, MembershipClient membership, MemberSession session, ProblemMessages messages,
    IOptions<OnboardingSchedule> schedule, TimeProvider clock) : PageModel
{
    public WalletOverview? Overview { get; private set; }

    public OnboardingProgress? Progress { get; private set; }

    public LinkOutcome Outcome { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>
    /// 登録完了 while the wallet is linked now and membership has recorded all three steps. membership keeps
    /// <c>completed_at</c> after an unlink (architecture §5.4) but clears STEP 3, so an unlinked member sees STEP 3 to do
    /// again rather than "complete"; after a relink 登録完了 returns once membership has seen <c>WalletLinked</c>.
    /// </summary>
    public bool Completed => Overview?.Linked == true && Progress is { CompletedAt: not null, Step3.Done: true };

    /// <summary>The member has just unlinked the wallet (<see cref="UnlinkModel"/>): said once.</summary>
    public bool JustUnlinked { get; private set; }

    public DateOnly CutoverDate => schedule.Value.CutoverDate;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync([FromQuery] string? link, CancellationToken cancellationToken)
    {
        Outcome = ParseOutcome(link);
        JustUnlinked = TempData[UnlinkModel.UnlinkedKey] is true;
        if (session.Current is null)
        {
            // Someone who followed another person's PokePay address is often not signed in here: say why nothing was linked.
            return Outcome == LinkOutcome.WrongBrowser ? Page() : LocalRedirect("/step3");
        }

        var overview = await session.CallAsync(member => wallet.GetOverviewAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (overview.SignedOut)
        {
            TempData[IndexModel.SessionExpiredKey] = true;
            return LocalRedirect("/step3");
        }
        Overview = overview.Result!.Value;
        if (overview.Result.Problem is { } problem)
        {
            messages.Show(problem, Errors);
        }

        // 登録完了 is membership's to say; if it cannot be asked now, the page simply does not claim it.
        var progress = await session.CallAsync(
            member => membership.GetProgressAsync(member.MemberId, member.AccessToken, cancellationToken), cancellationToken);
        Progress = progress.Result?.Value;
        return Page();
    }

    private static LinkOutcome ParseOutcome(string? link) => link switch
    {
        // Another attempt of the same member linked first: the member is linked all the same.
        "linked" or "already_linked" => LinkOutcome.Linked,
        "denied" => LinkOutcome.Denied,
        "expired" => LinkOutcome.Expired,
        "invalid" => LinkOutcome.Invalid,
        "failed" => LinkOutcome.Failed,
        "unavailable" => LinkOutcome.Unavailable,
        "wrong_browser" => LinkOutcome.WrongBrowser,
        "wallet_in_use" => LinkOutcome.WalletInUse,
        _ => LinkOutcome.None,
    };
}
