using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>アカウントを削除しました: shown once, right after <see cref="LeaveModel"/> deleted the account; otherwise the home page.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LeftModel : PageModel
{
    public const string PagePath = "/step3/left";

    public const string LeftKey = "Step3.AccountDeleted";

    public IActionResult OnGet() => TempData[LeftKey] is true ? Page() : LocalRedirect("/");
}
