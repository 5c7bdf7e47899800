using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Audit;

/// <summary>
/// The audit log for administrators: newest first, 50 a page, filtered by staff, action and days; and the same
/// selection as a CSV download (a POST with the antiforgery token, itself audited before the file is made).
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class IndexModel(ConsoleDbContext db, IAuditLog audit, ConsoleLanguage text, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>At most this many rows in one CSV: narrow the dates for more.</summary>
    public const int MaxExportRows = 100_000;

    [BindProperty(SupportsGet = true, Name = "staff")]
    public string? StaffFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    // Not "page": Razor Pages keeps that route value for the page's own name.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public FieldErrors Errors { get; } = new();

    public AuditFilter Filter { get; private set; } = AuditFilter.None;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>This selection's page <paramref name="page"/>.</summary>
    public string PageLink(int page) => QueryHelpers.AddQueryString("/audit",
        Filter.RouteValues().Append(new("pageNumber", page.ToString(CultureInfo.InvariantCulture))).Where(pair => pair.Value is not null));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!TryReadFilter()) return Page();
        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / PageSize);
        var selected = Filter.Apply(db.AuditEntries.AsNoTracking());
        Total = await selected.CountAsync(cancellationToken);
        Entries = await selected.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (!TryReadFilter()) return Page();
        // Written first: an export that cannot be audited does not happen.
        await audit.RecordAsync(new AuditRecord(AuditActions.AuditExported, Details: Filter), cancellationToken);
        var selected = Filter.Apply(db.AuditEntries.AsNoTracking()).Take(MaxExportRows).AsAsyncEnumerable();
        var csv = await AuditCsv.WriteAsync(selected, cancellationToken);
        return File(csv, AuditCsv.ContentType, AuditCsv.FileName(clock.GetUtcNow()));
    }

    private bool TryReadFilter()
    {
        var (filter, errors) = AuditFilter.Parse(StaffFilter, ActionFilter, From, To);
        Filter = filter;
        foreach (var (field, error) in errors) Errors.Add(field, text[error]);
        if (Errors.Any) Response.StatusCode = StatusCodes.Status400BadRequest;
        return !Errors.Any;
    }
}
