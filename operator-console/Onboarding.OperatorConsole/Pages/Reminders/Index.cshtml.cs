using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Reminders;

/// <summary>The deadline reminder waves (docs/architecture.md §9.8) as membership reports them: any staff may look.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel(OperatorServices services, ConsoleLanguage text) : PageModel
{
    public FieldErrors Errors { get; } = new();

    public IReadOnlyList<ReminderWave>? Waves { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var answer = await services.Membership.GetAsync<List<ReminderWave>>(MembershipOperations.ReminderWaves, cancellationToken);
        if (answer.Succeeded) Waves = answer.Value;
        else Response.StatusCode = OperationProblems.Show(answer.Problem, Errors, text);
        return Page();
    }
}
