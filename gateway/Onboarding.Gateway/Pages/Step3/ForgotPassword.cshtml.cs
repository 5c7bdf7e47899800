using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// パスワードをお忘れの方: the address, then a reset code mailed to it. identity-portal answers alike whether or not the
/// address has an account (and sends nothing when it has none), so the next page says "if it is registered, we sent a
/// code" either way.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ForgotPasswordModel(PortalClient portal, PasswordResetState state, MemberSession session, ProblemMessages messages,
    UiLanguage text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public FormErrors Errors { get; } = new(("email", "email"));

    public void OnGet() => Email = session.Current?.Email;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await portal.StartPasswordResetAsync(Email?.Trim(), cancellationToken);
        if (result.Value is { } started)
        {
            state.Write(Response, PendingPasswordReset.Of(started));
            return LocalRedirect(ResetPasswordModel.Path);
        }

        var problem = result.Problem!;
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
