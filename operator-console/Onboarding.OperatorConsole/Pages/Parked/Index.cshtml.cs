using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Parked;

/// <summary>
/// Parked (dead-lettered) messages for administrators (docs/architecture.md §4.4): each service's count, asked of the
/// four at once (one that does not answer is "unavailable" on its own row), and a re-drive per service with a reason.
/// The re-drive is audited first, with the count parked when it was ordered (what it moved is known only after).
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class IndexModel(OperatorServices services, IAuditLog audit, ConsoleLanguage text) : PageModel
{
    public static string ReasonField(string service) => $"reason-{service}";

    public FieldErrors Errors { get; } = new();

    /// <summary>Each service's parked messages, or null when it did not answer.</summary>
    public IReadOnlyDictionary<string, ParkedMessages?> Counts { get; private set; } = new Dictionary<string, ParkedMessages?>();

    /// <summary>After a re-drive: the service and what it moved.</summary>
    public (string Service, long Moved)? Redriven { get; private set; }

    /// <summary>The service whose form had an error, so that its reason is shown again.</summary>
    public string? FailedService { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await CountAllAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRedriveAsync(string? service, string? reason, CancellationToken cancellationToken)
    {
        if (!ParkedMessageServices.IsKnown(service))
        {
            // A forged form: nothing is asked of any service.
            Errors.Add(null, text[ConsoleText.ParkedServiceUnknown]);
            return Status(StatusCodes.Status400BadRequest);
        }
        FailedService = service;
        var checkedReason = Reason.Check(reason, Errors, text, ReasonField(service!));
        if (Errors.Any) return Status(StatusCodes.Status400BadRequest);

        var client = services.Of(service!);
        var parked = await client.GetAsync<ParkedMessages>(ParkedMessageServices.Count(service!), cancellationToken);
        if (!parked.Succeeded) return await FailedAsync(service!, parked.Problem, cancellationToken);

        // Written first: a re-drive that cannot be audited does not happen.
        await audit.RecordAsync(new AuditRecord(AuditActions.MessagesRedriven, service, checkedReason, new { parked = parked.Value.Total }), cancellationToken);
        var moved = await client.PostAsync<ParkedMessages>(ParkedMessageServices.Redrive(service!), body: null, cancellationToken);
        if (!moved.Succeeded) return await FailedAsync(service!, moved.Problem, cancellationToken);

        FailedService = null;
        Redriven = (service!, moved.Value.Total);
        await CountAllAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> FailedAsync(string service, ServiceProblem problem, CancellationToken cancellationToken)
    {
        var status = problem.IsUnavailable
            ? AddUnavailable(service, problem.Status)
            : OperationProblems.Show(problem, Errors, text);
        await CountAllAsync(cancellationToken);
        return Status(status);
    }

    private int AddUnavailable(string service, int status)
    {
        Errors.Add(null, text.Format(ConsoleText.ParkedServiceUnavailableFormat, service));
        return status == StatusCodes.Status503ServiceUnavailable ? status : StatusCodes.Status502BadGateway;
    }

    private async Task CountAllAsync(CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(ParkedMessageServices.All.Select(async service =>
            (service, answer: await services.Of(service).GetAsync<ParkedMessages>(ParkedMessageServices.Count(service), cancellationToken))));
        Counts = answers.ToDictionary(pair => pair.service, pair => pair.answer.Succeeded ? pair.answer.Value : null);
    }

    private PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
