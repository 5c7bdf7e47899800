using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Reminders;

/// <summary>
/// Releasing a wave before it is due, for administrators: a confirmation step of its own (the preview again, a box to
/// tick and a reason), audited before membership is asked. membership's 409 (released or sending already) is shown
/// as its message.
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class ReleaseModel(OperatorServices services, IAuditLog audit, ConsoleLanguage text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string WaveId { get; set; } = "";

    [BindProperty(Name = "confirm")]
    public bool Confirmed { get; set; }

    [BindProperty(Name = "reason")]
    public string? ReasonText { get; set; }

    public FieldErrors Errors { get; } = new();

    public ReminderWavePreview? Preview { get; private set; }

    /// <summary>After the release: the wave as membership reports it.</summary>
    public ReminderWave? Released { get; private set; }

    /// <summary>The form: for a wave that can still be released, or again after a form error (not after membership refused).</summary>
    public bool ShowForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Preview, var status) = await WavePreviewLoader.LoadAsync(services, WaveId, Errors, text, cancellationToken);
        Response.StatusCode = status;
        ShowForm = Preview is not null && WaveStatus.CanRelease(Preview.Wave);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Forms.WaveId.IsValid(WaveId)) Errors.Add(null, text[ConsoleText.WaveIdInvalid]);
        if (!Confirmed) Errors.Add("confirm", text[ConsoleText.WaveReleaseConfirmRequired]);
        var reason = Reason.Check(ReasonText, Errors, text);
        if (Errors.Any)
        {
            ShowForm = Forms.WaveId.IsValid(WaveId);
            return Status(StatusCodes.Status400BadRequest);
        }

        // Written first: a release that cannot be audited does not happen.
        await audit.RecordAsync(new AuditRecord(AuditActions.ReminderWaveReleased, WaveId, reason), cancellationToken);
        var answer = await services.Membership.PostAsync<ReminderWave>(MembershipOperations.ReleaseReminderWave(WaveId), body: null, cancellationToken);
        if (!answer.Succeeded) return Status(OperationProblems.Show(answer.Problem, Errors, text));
        Released = answer.Value;
        return Status(StatusCodes.Status200OK);
    }

    private PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
