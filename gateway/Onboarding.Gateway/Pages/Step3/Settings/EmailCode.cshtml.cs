using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>
/// 新しいメールアドレスの確認: the code mailed to the new address. On success the account (and this browser's session)
/// uses the new address from now on; the member stays signed in and goes back to the settings, which say so.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConfirmEmailModel(PortalClient portal, MemberSession session, SettingsState state, ProblemMessages messages, UiLanguage text)
    : CodePageModel<PendingEmailChange>(messages, text, "Step3.EmailChangeResent", ("code", "code"))
{
    public const string Path = "/step3/mypage/settings/email/code";

    public PendingEmailChange? PendingChange => Pending;

    public override DateTimeOffset Now => state.Now;

    protected override PendingEmailChange? ReadPending() => state.ReadEmailChange(Request);

    protected override async Task<IActionResult> VerifyAsync(PendingEmailChange change, string? code, CancellationToken cancellationToken)
    {
        var call = await session.CallAsync(
            member => portal.ConfirmEmailChangeAsync(member.AccessToken, change.EmailChangeId, code, cancellationToken), cancellationToken);
        if (call.SignedOut) return SignInAgain();
        if (call.Result!.Value is { } changed)
        {
            state.ClearEmailChange(Response);
            session.ChangeEmail(changed.Email);
            TempData[SettingsPage.SavedKey] = SettingsChange.Email.ToString();
            return LocalRedirect(SettingsPage.SettingsPath);
        }

        var problem = call.Result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.InvalidCode:
                ShowWrongCode(problem);
                break;
            case SettingsProblemCodes.EmailChangeNotFound or SettingsProblemCodes.EmailChangeExpired or SettingsProblemCodes.EmailChangeUsed:
                // Nothing more to do with this change: the page becomes the way back to the settings.
                Forget();
                Messages.Show(problem, Errors);
                break;
            default:
                Messages.Show(problem, Errors, anchor: "code");
                break;
        }
        return Page();
    }

    protected override async Task<IActionResult> ResendAsync(PendingEmailChange change, CancellationToken cancellationToken)
    {
        var call = await session.CallAsync(
            member => portal.ResendEmailChangeCodeAsync(member.AccessToken, change.EmailChangeId, cancellationToken), cancellationToken);
        if (call.SignedOut) return SignInAgain();
        if (call.Result!.Value is { } sent)
        {
            state.WriteEmailChange(Response, PendingEmailChange.Of(sent));
            return ShowResent(Path);
        }

        var problem = call.Result.Problem!;
        if (problem.Code is SettingsProblemCodes.EmailChangeNotFound or SettingsProblemCodes.EmailChangeExpired or SettingsProblemCodes.EmailChangeUsed)
        {
            Forget();
        }
        Messages.Show(problem, Errors);
        return Page();
    }

    private void Forget()
    {
        state.ClearEmailChange(Response);
        Pending = null;
    }

    private IActionResult SignInAgain()
    {
        TempData[IndexModel.SessionExpiredKey] = true;
        return LocalRedirect("/step3");
    }
}
