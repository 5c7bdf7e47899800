using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>
/// メールアドレスの変更: the new address, to which identity-portal mails a code. Every well-formed address gets one, so
/// this page cannot tell whether another account has it.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ChangeEmailModel(PortalClient portal, MemberSession session, SettingsState state, ProblemMessages messages, UiLanguage text)
    : SettingsPage(session)
{
    public const string Path = "/step3/mypage/settings/email";

    [BindProperty]
    public string? Email { get; set; }

    public string? CurrentEmail { get; private set; }

    public FormErrors Errors { get; } = new(("email", "email"));

    public IActionResult OnGet()
    {
        if (Session.Current is null) return SignInAgain();
        CurrentEmail = Session.Current.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var call = await Session.CallAsync(member => portal.StartEmailChangeAsync(member.AccessToken, Email?.Trim(), cancellationToken), cancellationToken);
        if (call.SignedOut) return SignInAgain();
        CurrentEmail = Session.Current?.Email;
        if (call.Result!.Value is { } started)
        {
            state.WriteEmailChange(Response, PendingEmailChange.Of(started));
            return LocalRedirect(ConfirmEmailModel.Path);
        }

        var problem = call.Result.Problem!;
        if (problem.Code == ProblemCodes.ValidationFailed && problem.FieldErrors.Count == 0)
        {
            Errors.AddField("email", problem.Title ?? text[UiText.ProblemGenericTitle]);
        }
        else
        {
            messages.Show(problem, Errors, anchor: "email");
        }
        return Page();
    }
}
