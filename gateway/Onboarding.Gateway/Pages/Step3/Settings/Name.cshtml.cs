using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>お名前の変更: family and given name under STEP 2's rules, filled in with the current name.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ChangeNameModel(PortalClient portal, MemberSession session, ProblemMessages messages) : SettingsPage(session)
{
    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? GivenName { get; set; }

    public FormErrors Errors { get; } = new(("familyName", "family-name"), ("givenName", "given-name"));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await Session.CallAsync(member => portal.GetAccountAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (account.SignedOut) return SignInAgain();
        (FamilyName, GivenName) = (account.Result!.Value?.FamilyName, account.Result.Value?.GivenName);
        if (account.Result.Problem is { } problem) messages.Show(problem, Errors, anchor: "family-name");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var call = await Session.CallAsync(
            member => portal.ChangeNameAsync(member.AccessToken, FamilyName, GivenName, cancellationToken), cancellationToken);
        if (call.SignedOut) return SignInAgain();
        if (call.Result!.Succeeded) return BackToSettings(SettingsChange.Name);
        messages.Show(call.Result.Problem!, Errors, anchor: "family-name");
        return Page();
    }
}
