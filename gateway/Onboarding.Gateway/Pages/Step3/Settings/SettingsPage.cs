using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>What a settings page says after a change, on the settings page it returns to.</summary>
public enum SettingsChange
{
    None,
    Password,
    Name,
    Email,
    Phone,
}

/// <summary>
/// A page of アカウント設定: only for a signed-in member, whose session calls identity-portal with the member's token.
/// A member whose session is over goes back to the sign-in page, which says why.
/// </summary>
public abstract class SettingsPage(MemberSession session) : PageModel
{
    public const string SettingsPath = "/step3/mypage/settings";

    /// <summary>Set by a page whose change succeeded, for the settings page to confirm it.</summary>
    public const string SavedKey = "Step3.SettingsSaved";

    protected MemberSession Session => session;

    protected IActionResult SignInAgain()
    {
        TempData[IndexModel.SessionExpiredKey] = true;
        return LocalRedirect("/step3");
    }

    protected IActionResult BackToSettings(SettingsChange saved)
    {
        TempData[SavedKey] = saved.ToString();
        return LocalRedirect(SettingsPath);
    }
}
