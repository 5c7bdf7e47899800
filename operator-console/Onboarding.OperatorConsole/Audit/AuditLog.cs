using System.Security.Claims;
using System.Text.Json;
using Onboarding.OperatorConsole.Infrastructure;

namespace Onboarding.OperatorConsole.Audit;

/// <summary>
/// Writes audit entries to consoledb, each at once in its own insert (never batched with a page's other changes, so an
/// entry is never lost with them, nor they kept without it).
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    /// <summary>The actor of entries the console makes itself (the seeded administrator).</summary>
    public const string SystemActor = "(system)";

    /// <summary>The actor of a sign-in attempt with a user name no account has (the typed name is not kept: it may be a password).</summary>
    public const string UnknownActor = "(unknown)";

    public const int MaxReasonLength = 500;

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        var name = user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
        if (name is null) throw new InvalidOperationException("RecordAsync needs a signed-in staff member; use RecordForAsync.");
        var id = Guid.TryParse(user!.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        return RecordForAsync(name, id, record, cancellationToken);
    }

    public async Task RecordForAsync(string staff, Guid? staffId, AuditRecord record, CancellationToken cancellationToken = default)
    {
        if (record.Reason is { Length: > MaxReasonLength }) throw new ArgumentException($"A reason is at most {MaxReasonLength} characters.", nameof(record));
        // A scope of its own: the entry is saved alone, whatever the page's own context has pending.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Staff = staff,
            StaffId = staffId,
            Action = record.Action,
            Subject = record.Subject,
            Reason = string.IsNullOrWhiteSpace(record.Reason) ? null : record.Reason.Trim(),
            Details = record.Details is null ? null : JsonSerializer.Serialize(record.Details, JsonSerializerOptions.Web),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
