using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>
/// パスワードの変更: the current password and a new one (twice), under STEP 2's rules. identity-portal ends every other
/// sitting of the account and answers fresh tokens for this browser, which replace the session's (docs/architecture.md
/// §6.10): the member goes on here without signing in again. The passwords are never written back into the page.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ChangePasswordModel(PortalClient portal, MemberSession session, ProblemMessages messages, UiLanguage text)
    : SettingsPage(session)
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? PasswordConfirmation { get; set; }

    public FormErrors Errors { get; } = new(
        ("currentPassword", "current-password"), ("password", "password"), ("passwordConfirmation", "password-confirmation"));

    public IActionResult OnGet() => Session.Current is null ? SignInAgain() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (current, password, confirmation) = (CurrentPassword, Password, PasswordConfirmation);
        (CurrentPassword, Password, PasswordConfirmation) = (null, null, null);
        var call = await Session.CallAsync(
            member => portal.ChangePasswordAsync(member.AccessToken, current, password, confirmation, cancellationToken), cancellationToken);
        if (call.SignedOut) return SignInAgain();
        if (call.Result!.Value is { } tokens)
        {
            Session.Renew(tokens);
            return BackToSettings(SettingsChange.Password);
        }

        var problem = call.Result.Problem!;
        var title = problem.Title ?? text[UiText.ProblemGenericTitle];
        switch (problem.Code)
        {
            case SettingsProblemCodes.CurrentPasswordIncorrect:
                Errors.AddField("currentPassword", messages.AttemptsLeft(title, problem.AttemptsRemaining, UiText.CurrentPasswordLastAttempt));
                break;
            case SignInProblemCodes.SignInLocked:
                Errors.AddGeneral(messages.WithDetail(title, messages.RetryAfter(problem.RetryAfterSeconds, text[UiText.RetryAfterFormat])), "current-password");
                break;
            default:
                messages.Show(problem, Errors, anchor: "current-password");
                break;
        }
        return Page();
    }
}
