using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.HelpDesk;
using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Members;

/// <summary>
/// One member, for the help desk (docs/architecture.md §9.9). A GET shows nothing personal, only a form asking why it
/// is being opened; the POST audits the opening with that reason and then shows the member: roster data, where they
/// stand, the portal account, the timeline from every service, and what staff did before. The actions — unlock the
/// member number, mail a new STEP 1 code, note that the member was helped — each ask for their own reason and are
/// audited before they are sent; the page shown with their result counts as part of the action.
/// </summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class MemberModel(MemberFiles files, OperatorServices services, IAuditLog audit, ConsoleDbContext db, ConsoleLanguage text) : PageModel
{
    /// <summary>Like the audit log's reason: enough for a sentence or two.</summary>
    public const int MaxReasonLength = AuditLog.MaxReasonLength;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public FieldErrors Errors { get; } = new();

    /// <summary>Null until opened.</summary>
    public MemberFile? Opened { get; private set; }

    /// <summary>What staff did for this member before, newest first (from the audit log).</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>The outcome of the action just taken, for the banner.</summary>
    public string? Done { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken) =>
        ActAsync(AuditActions.MemberOpened, _ => Task.FromResult<string?>(null), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        ActAsync(AuditActions.MemberUnlocked, async ct =>
        {
            var member = await services.Membership.GetAsync<MemberDetail>($"/api/membership/operator/members/{Id}", ct);
            if (!member.Succeeded) return Failed(member.Problem);
            var unlocked = await services.Membership.PostAsync<LookupUnlocked>(
                $"/api/membership/operator/lookup-lockouts/{member.Value.MemberNumber}/unlock", body: null, ct);
            if (!unlocked.Succeeded) return Failed(unlocked.Problem);
            return unlocked.Value.WasLocked ? text[ConsoleText.MemberUnlockedWasLocked] : text[ConsoleText.MemberUnlockedNotLocked];
        }, cancellationToken);

    public Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken) =>
        ActAsync(AuditActions.MemberPasscodeResent, async ct =>
        {
            var resent = await services.Membership.PostAsync<PasscodeResent>($"/api/membership/operator/members/{Id}/passcode-resend", body: null, ct);
            return resent.Succeeded ? text.Format(ConsoleText.MemberPasscodeResentFormat, resent.Value.SentTo) : Failed(resent.Problem);
        }, cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken) =>
        ActAsync(AuditActions.MemberHelped, _ => Task.FromResult<string?>(text[ConsoleText.MemberNoteSaved]), cancellationToken);

    /// <summary>
    /// The reason checked, the entry written, then the action (null when it is only the opening), then the member read
    /// afresh and shown. A service's refusal is shown as a message above the member.
    /// </summary>
    private async Task<IActionResult> ActAsync(string action, Func<CancellationToken, Task<string?>> act, CancellationToken cancellationToken)
    {
        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Reason)) Errors.Add("reason", text[action == AuditActions.MemberHelped ? ConsoleText.MemberNoteRequired : ConsoleText.MemberReasonRequired]);
        else if (Reason.Length > MaxReasonLength) Errors.Add("reason", text[ConsoleText.MemberReasonTooLong]);
        if (Id == Guid.Empty) return NotFound();
        if (Errors.Any) return Show(StatusCodes.Status400BadRequest);

        await audit.RecordAsync(new AuditRecord(action, Id.ToString(), Reason), cancellationToken);
        Done = await act(cancellationToken);

        var file = await files.ReadAsync(Id, cancellationToken);
        if (!file.Succeeded)
        {
            if (file.Problem.Status == StatusCodes.Status404NotFound && !file.Problem.IsUnavailable) return NotFound();
            ServiceProblems.Show(file.Problem, Errors, text);
            return Show(StatusCodes.Status503ServiceUnavailable);
        }
        Opened = file.Value;
        var subject = Id.ToString();
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject && AuditActions.ForAMember.Contains(e.Action))
            .OrderByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);
        Reason = null;
        return Page();
    }

    /// <summary>The service's refusal as a message on the page (the member is still shown).</summary>
    private string? Failed(ServiceProblem problem)
    {
        ServiceProblems.Show(problem, Errors, text);
        return null;
    }

    private PageResult Show(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
