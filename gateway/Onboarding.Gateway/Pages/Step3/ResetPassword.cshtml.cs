using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// パスワードの再設定: the mailed code and a new password (twice), under STEP 2's password rules. On success identity-portal
/// has revoked every refresh token of the account; this browser's own session goes too, and the member signs in again
/// with the new password on the password page, which says what happened.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ResetPasswordModel(PortalClient portal, PasswordResetState state, MemberSession session, ProblemMessages messages,
    UiLanguage text)
    : CodePageModel<PendingPasswordReset>(messages, text, "Step3.PasswordResetResent",
        ("code", "code"), ("password", "password"), ("passwordConfirmation", "password-confirmation"))
{
    public const string Path = "/step3/password/reset";

    /// <summary>Bound for the post only; never written back into the page.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Bound for the post only; never written back into the page.</summary>
    [BindProperty]
    public string? PasswordConfirmation { get; set; }

    public PendingPasswordReset? PendingReset => Pending;

    public override DateTimeOffset Now => state.Now;

    protected override PendingPasswordReset? ReadPending() => state.Read(Request);

    protected override async Task<IActionResult> VerifyAsync(PendingPasswordReset reset, string? code, CancellationToken cancellationToken)
    {
        var (password, confirmation) = (Password, PasswordConfirmation);
        (Password, PasswordConfirmation) = (null, null);
        var result = await portal.CompletePasswordResetAsync(reset.PasswordResetId, code, password, confirmation, cancellationToken);
        if (result.Succeeded)
        {
            state.Clear(Response);
            // This browser's tokens were revoked with all the others: its session is over too.
            session.SignOut();
            TempData[PasswordModel.PasswordChangedKey] = true;
            return LocalRedirect("/step3/password");
        }

        var problem = result.Problem!;
        switch (problem.Code)
        {
            case PortalProblemCodes.InvalidCode:
                ShowWrongCode(problem);
                break;
            case PasswordResetProblemCodes.NotFound or PasswordResetProblemCodes.Expired or PasswordResetProblemCodes.Used:
                // Nothing more to do with this reset: the page becomes the way back to the start.
                state.Clear(Response);
                Pending = null;
                Messages.Show(problem, Errors);
                break;
            default:
                Messages.Show(problem, Errors, anchor: "code");
                break;
        }
        return Page();
    }

    protected override async Task<IActionResult> ResendAsync(PendingPasswordReset reset, CancellationToken cancellationToken)
    {
        var result = await portal.ResendPasswordResetCodeAsync(reset.PasswordResetId, cancellationToken);
        if (result.Value is { } sent)
        {
            state.Write(Response, PendingPasswordReset.Of(sent));
            return ShowResent(Path);
        }

        var problem = result.Problem!;
        if (problem.Code is PasswordResetProblemCodes.NotFound or PasswordResetProblemCodes.Expired or PasswordResetProblemCodes.Used)
        {
            state.Clear(Response);
            Pending = null;
        }
        Messages.Show(problem, Errors);
        return Page();
    }
}
