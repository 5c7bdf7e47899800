using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>アカウント設定: the account's e-mail address, name and masked phone number, each with its change page.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SettingsModel(PortalClient portal, MemberSession session, ProblemMessages messages) : SettingsPage(session)
{
    public AccountSettings? Account { get; private set; }

    public SettingsChange Saved { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await Session.CallAsync(member => portal.GetAccountAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (account.SignedOut) return SignInAgain();
        Account = account.Result!.Value;
        if (account.Result.Problem is { } problem) messages.Show(problem, Errors);
        Saved = Enum.TryParse<SettingsChange>(TempData[SavedKey] as string, out var saved) ? saved : SettingsChange.None;
        return Page();
    }
}
