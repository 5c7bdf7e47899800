using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Staff;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.OperatorConsole.Audit;

/// <summary>
/// Which audit entries to show or export: by staff user name, by action, and by day (Japan time, both ends included).
/// Built from the query string by <see cref="Parse"/>, which names each field that is malformed.
/// </summary>
public sealed record AuditFilter(string? Staff, string? Action, DateOnly? From, DateOnly? To)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly AuditFilter None = new(null, null, null, null);

    /// <summary>The filter, or the fields (<c>staff</c>, <c>action</c>, <c>from</c>, <c>to</c>) that are malformed and why.</summary>
    public static (AuditFilter Filter, IReadOnlyList<(string Field, LocalizedText Error)> Errors) Parse(
        string? staff, string? action, string? from, string? to)
    {
        var errors = new List<(string, LocalizedText)>();
        staff = string.IsNullOrWhiteSpace(staff) ? null : staff.Trim().ToLowerInvariant();
        action = string.IsNullOrWhiteSpace(action) ? null : action.Trim();
        // Also the names of entries the console writes itself, which no account has.
        if (staff is not null && !StaffUserName.IsValid(staff) && staff is not (AuditLog.SystemActor or AuditLog.UnknownActor))
        {
            errors.Add(("staff", ConsoleText.AuditStaffInvalid));
        }
        if (action is not null && !AuditActions.All.Contains(action)) errors.Add(("action", ConsoleText.AuditActionInvalid));
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (fromDate is { } start && toDate is { } end && end < start) errors.Add(("to", ConsoleText.AuditDateOrder));
        return (new AuditFilter(staff, action, fromDate, toDate), errors);
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (Staff is not null) entries = entries.Where(entry => entry.Staff == Staff);
        if (Action is not null) entries = entries.Where(entry => entry.Action == Action);
        if (From is { } from) entries = entries.Where(entry => entry.At >= StartOfDay(from));
        if (To is { } to) entries = entries.Where(entry => entry.At < StartOfDay(to.AddDays(1)));
        return entries.OrderByDescending(entry => entry.Id);
    }

    /// <summary>The filter as query-string values, for the pager's links.</summary>
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["staff"] = Staff,
        ["action"] = Action,
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    /// <summary>Midnight in Japan on <paramref name="day"/>, as a UTC instant.</summary>
    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, ConsoleLanguage.JapanTime.GetUtcOffset(local)).ToUniversalTime();
    }

    private static DateOnly? ParseDate(string? value, string field, List<(string, LocalizedText)> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add((field, ConsoleText.AuditDateInvalid));
        return null;
    }
}
