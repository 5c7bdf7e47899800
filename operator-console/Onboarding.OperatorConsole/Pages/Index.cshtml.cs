using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages;

/// <summary>The console's home: what the signed-in staff member's role lets them do. The help-desk pages link from here.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel : PageModel
{
    public string Role { get; private set; } = StaffRoles.HelpDesk;

    public void OnGet() => Role = User.IsInRole(StaffRoles.Administrator) ? StaffRoles.Administrator : StaffRoles.HelpDesk;
}
