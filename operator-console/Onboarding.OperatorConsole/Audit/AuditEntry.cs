namespace Onboarding.OperatorConsole.Audit;

/// <summary>
/// One line of the audit log: who (the staff account's user name and id, or <see cref="AuditLog.SystemActor"/>), when,
/// what (<see cref="AuditActions"/>), about whom or what (a member id, a staff user name, …), why (the reason staff
/// gave), and the details as JSON. Rows are only ever inserted: the database refuses UPDATE, DELETE and TRUNCATE on
/// <c>audit_entries</c> (the AuditLogAppendOnly migration's trigger).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Staff { get; init; }

    public Guid? StaffId { get; init; }

    public required string Action { get; init; }

    public string? Subject { get; init; }

    public string? Reason { get; init; }

    /// <summary>JSON (<c>jsonb</c>), or null.</summary>
    public string? Details { get; init; }
}
