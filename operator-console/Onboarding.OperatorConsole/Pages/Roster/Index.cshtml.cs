using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Roster;

/// <summary>
/// The roster import for administrators: a CSV uploaded here is passed to membership's roster import as a multipart
/// file (membership detects the encoding, validates and imports), and its report is shown. The import is audited with
/// its counts (never the rows) before the report is shown; the rejected rows can be downloaded as CSV for 30 minutes
/// (<see cref="RosterReports"/>).
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
// The body limit is taken from here by ServiceDefaults' UseRequestBodyLimit (routing runs before it, Program.cs).
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(OperatorServices services, IAuditLog audit, RosterReports reports, ConsoleLanguage text) : PageModel
{
    /// <summary>membership's limit (its <c>RosterUpload.MaxBytes</c>, 1 GiB): a larger file is refused here, not sent.</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>The file and the form around it (the token, the reason, the part headers).</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    public const string FileField = "roster";

    [BindProperty(Name = "reason")]
    public string? ReasonText { get; set; }

    public FieldErrors Errors { get; } = new();

    public RosterImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The upload (<c>?handler=import</c>, beside the rejected rows' download).</summary>
    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        var file = Request.Form.Files.GetFile(FileField);
        if (file is null) Errors.Add(FileField, text[ConsoleText.RosterFileRequired]);
        else if (file.Length == 0) Errors.Add(FileField, text[ConsoleText.RosterFileEmpty]);
        else if (file.Length > MaxFileBytes) Errors.Add(FileField, text[ConsoleText.RosterFileTooLarge]);
        var reason = Reason.Check(ReasonText, Errors, text);
        if (Errors.Any) return Status(StatusCodes.Status400BadRequest);

        await using var stream = file!.OpenReadStream();
        using var content = new MultipartFormDataContent();
        var part = new StreamContent(stream);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        // Not the staff member's file name: it is not membership's business, and may not be ASCII.
        content.Add(part, MembershipOperations.RosterFileField, "roster.csv");
        var answer = await services.Membership.SendAsync<RosterImportReport>(HttpMethod.Post, MembershipOperations.RosterImports, content, cancellationToken);
        if (!answer.Succeeded) return Status(OperationProblems.Show(answer.Problem, Errors, text));

        var report = answer.Value;
        // The counts exist only once membership has imported: recorded before the report is shown, never the rows.
        await audit.RecordAsync(new AuditRecord(AuditActions.RosterImported, report.ImportId.ToString(), reason, new
        {
            report.Encoding, report.Rows, report.Inserted, report.Updated, report.Unchanged, report.Rejected,
        }), cancellationToken);
        reports.Keep(StaffId, report);
        Report = report;
        return Status(StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostRejectionsAsync(string? importId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(importId, out var id))
        {
            Errors.Add(null, text[ConsoleText.RosterReportIdInvalid]);
            return Status(StatusCodes.Status400BadRequest);
        }
        if (reports.Find(StaffId, id) is not { } report)
        {
            Errors.Add(null, text[ConsoleText.RosterReportGone]);
            return Status(StatusCodes.Status404NotFound);
        }
        var csv = await RejectionsCsv.WriteAsync(report, text, cancellationToken);
        return File(csv, RejectionsCsv.ContentType, RejectionsCsv.FileName(report.ImportId));
    }

    private Guid StaffId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
