using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.HelpDesk;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Members;

/// <summary>
/// The help desk's search: part of a member number, name or kana, e-mail address or phone number. Results are masked
/// (the last four digits of the number, the first character of each name); opening one is a separate, audited step.
/// A POST, so that what was searched for never sits in a URL, the browser's history or an access log; each search is
/// audited with its kind and how many it found (not what was typed, which is itself personal data).
/// </summary>
[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel(HelpDeskSearch search, IAuditLog audit, ConsoleLanguage text) : PageModel
{
    public const int MaxQueryLength = 100;

    [BindProperty]
    public string Kind { get; set; } = SearchKinds.Name;

    [BindProperty]
    public string? Query { get; set; }

    public FieldErrors Errors { get; } = new();

    /// <summary>Null until a search ran.</summary>
    public FoundMembers? Found { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!SearchKinds.All.Contains(Kind)) Errors.Add("kind", text[ConsoleText.MembersKindInvalid]);
        if (string.IsNullOrWhiteSpace(Query)) Errors.Add("query", text[ConsoleText.MembersQueryRequired]);
        else if (Query.Length > MaxQueryLength) Errors.Add("query", text[ConsoleText.MembersQueryTooLong]);
        if (Errors.Any) return Show(StatusCodes.Status400BadRequest);

        var found = await search.FindAsync(Kind, Query!.Trim(), cancellationToken);
        if (!found.Succeeded)
        {
            ServiceProblems.Show(found.Problem, Errors, text, field: "query");
            return Show(found.Problem.IsUnavailable ? StatusCodes.Status503ServiceUnavailable : found.Problem.Status);
        }
        await audit.RecordAsync(new AuditRecord(AuditActions.MembersSearched, Details: new { kind = Kind, found = found.Value.Members.Count }), cancellationToken);
        Found = found.Value;
        return Page();
    }

    private PageResult Show(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
