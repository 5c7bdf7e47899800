using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>新しい電話番号の確認: the code sent to the new number; the right one makes it the account's number.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConfirmPhoneModel(PortalClient portal, MemberSession session, SettingsState state, ProblemMessages messages, UiLanguage text)
    : CodePageModel<PendingPhoneChange>(messages, text, "Step3.PhoneChangeResent", ("code", "code"))
{
    public const string Path = "/step3/mypage/settings/phone/code";

    /// <summary>How to send again: <c>sms</c> or <c>voice</c> (the resend buttons).</summary>
    [BindProperty]
    public string? Channel { get; set; }

    public PendingPhoneChange? PendingChange => Pending;

    public override DateTimeOffset Now => state.Now;

    protected override PendingPhoneChange? ReadPending() => state.ReadPhoneChange(Request);

    protected override async Task<IActionResult> VerifyAsync(PendingPhoneChange change, string? code, CancellationToken cancellationToken)
    {
        var call = await session.CallAsync(member => portal.VerifyPhoneChangeAsync(member.AccessToken, code, cancellationToken), cancellationToken);
        if (call.SignedOut) return SignInAgain();
        if (call.Result!.Succeeded)
        {
            state.ClearPhoneChange(Response);
            TempData[SettingsPage.SavedKey] = SettingsChange.Phone.ToString();
            return LocalRedirect(SettingsPage.SettingsPath);
        }

        var problem = call.Result.Problem!;
        if (problem.Code == PortalProblemCodes.InvalidCode) ShowWrongCode(problem);
        else Messages.Show(problem, Errors, anchor: "code");
        return Page();
    }

    protected override async Task<IActionResult> ResendAsync(PendingPhoneChange change, CancellationToken cancellationToken)
    {
        var (problem, signedOut) = await ChangePhoneModel.SendAsync(portal, session, state, Response, change.PhoneNumber, Channel, cancellationToken);
        if (signedOut) return SignInAgain();
        if (problem is null) return ShowResent(Path);
        Messages.Show(problem, Errors);
        return Page();
    }

    private IActionResult SignInAgain()
    {
        TempData[IndexModel.SessionExpiredKey] = true;
        return LocalRedirect("/step3");
    }
}
