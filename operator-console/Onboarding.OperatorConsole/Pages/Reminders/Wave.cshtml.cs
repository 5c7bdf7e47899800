using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Reminders;

/// <summary>One wave with membership's preview: whom it would mail now, per co-op and next step. Any staff may look.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class WaveModel(OperatorServices services, ConsoleLanguage text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string WaveId { get; set; } = "";

    public FieldErrors Errors { get; } = new();

    public ReminderWavePreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Preview, var status) = await WavePreviewLoader.LoadAsync(services, WaveId, Errors, text, cancellationToken);
        Response.StatusCode = status;
        return Page();
    }
}

/// <summary>The preview both the wave's page and its release page show; a malformed id is refused before membership is asked.</summary>
internal static class WavePreviewLoader
{
    public static async Task<(ReminderWavePreview? Preview, int Status)> LoadAsync(
        OperatorServices services, string waveId, FieldErrors errors, ConsoleLanguage text, CancellationToken cancellationToken)
    {
        if (!Forms.WaveId.IsValid(waveId))
        {
            errors.Add(null, text[ConsoleText.WaveIdInvalid]);
            return (null, StatusCodes.Status400BadRequest);
        }
        var answer = await services.Membership.GetAsync<ReminderWavePreview>(MembershipOperations.ReminderWave(waveId), cancellationToken);
        return answer.Succeeded ? (answer.Value, StatusCodes.Status200OK) : (null, OperationProblems.Show(answer.Problem, errors, text));
    }
}
