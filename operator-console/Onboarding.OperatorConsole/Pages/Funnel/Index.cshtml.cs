using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Funnel;

/// <summary>
/// The funnel (docs/architecture.md §9.6) from membership: members per co-op at each stage, the daily trend, and the
/// members not yet done of a co-op as CSV — a POST with a reason, audited before membership is asked for the file,
/// whose body is then passed through as membership streams it (it holds names and addresses: never kept here).
/// </summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel(OperatorServices services, IAuditLog audit, ConsoleLanguage text) : PageModel
{
    public const int DefaultDays = 30;

    [BindProperty(SupportsGet = true, Name = "coop")]
    public string? Coop { get; set; }

    [BindProperty(SupportsGet = true, Name = "days")]
    public string? Days { get; set; }

    [BindProperty(Name = "stage")]
    public string? Stage { get; set; }

    [BindProperty(Name = "reason")]
    public string? ReasonText { get; set; }

    public FieldErrors Errors { get; } = new();

    public Services.Funnel? Funnel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var days = ReadFilter();
        if (Errors.Any) return Status(StatusCodes.Status400BadRequest);
        return await ShowAsync(days, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        Coop = Coop?.Trim();
        if (string.IsNullOrEmpty(Coop)) Errors.Add("export-coop", text[ConsoleText.FunnelExportCoopRequired]);
        else if (Coop.Length > MembershipOperations.CoopMaxLength) Errors.Add("export-coop", text[ConsoleText.FunnelCoopTooLong]);
        if (string.IsNullOrEmpty(Stage)) Stage = null;
        else if (!MembershipOperations.ExportStages.Contains(Stage)) Errors.Add("stage", text[ConsoleText.FunnelExportStageInvalid]);
        var reason = Reason.Check(ReasonText, Errors, text);
        // Nothing is asked of membership for a malformed request, not even the figures.
        if (Errors.Any) return Status(StatusCodes.Status400BadRequest);

        // Written first: a download that cannot be audited does not happen. The entry stands even if membership then
        // fails to answer (it records what was asked for, and why).
        await audit.RecordAsync(new AuditRecord(AuditActions.FunnelMembersExported, Coop, reason, new { coop = Coop, stage = Stage }), cancellationToken);
        var download = await services.Membership.DownloadAsync(MembershipOperations.FunnelMembersCsv(Coop, Stage), cancellationToken);
        if (download is null)
        {
            Errors.Add(null, text[ConsoleText.ServiceUnavailable]);
            return Status(StatusCodes.Status502BadGateway);
        }
        HttpContext.Response.RegisterForDispose(download);
        var body = await download.Content.ReadAsStreamAsync(cancellationToken);
        // The body as membership sent it; the type fixed, so that nothing a service answers is ever served as a page
        // from the console's origin.
        return File(body, "text/csv; charset=utf-8", FileName(download.Content.Headers.ContentDisposition));
    }

    /// <summary>membership's file name (<c>members-not-done-20261206.csv</c>) when it gave a plain one; the console's otherwise.</summary>
    private static string FileName(ContentDispositionHeaderValue? disposition)
    {
        var name = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
        return name is { Length: > 0 and <= 100 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name.EndsWith(".csv", StringComparison.Ordinal)
            ? name
            : "members-not-done.csv";
    }

    private int ReadFilter()
    {
        Coop = string.IsNullOrWhiteSpace(Coop) ? null : Coop.Trim();
        if (Coop is { Length: > MembershipOperations.CoopMaxLength }) Errors.Add("coop", text[ConsoleText.FunnelCoopTooLong]);
        if (Days is null) return DefaultDays;
        if (int.TryParse(Days, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MembershipOperations.MaxDays) return days;
        Errors.Add("days", text[ConsoleText.FunnelDaysInvalid]);
        return DefaultDays;
    }

    private async Task<IActionResult> ShowAsync(int days, int status, CancellationToken cancellationToken)
    {
        var answer = await services.Membership.GetAsync<Services.Funnel>(MembershipOperations.Funnel(Coop, days), cancellationToken);
        if (answer.Succeeded) Funnel = answer.Value;
        else status = OperationProblems.Show(answer.Problem, Errors, text);
        return Status(status);
    }

    private PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
