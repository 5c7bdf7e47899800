namespace Onboarding.OperatorConsole.Audit;

/// <summary>
/// What is to be written: the action (<see cref="AuditActions"/>), its subject (a member id, a staff user name — never
/// a member's name, address or phone), the reason staff gave, and details (serialised as JSON).
/// </summary>
public sealed record AuditRecord(string Action, string? Subject = null, string? Reason = null, object? Details = null);

/// <summary>
/// The audit log: every staff sign-in, enrolment and account change, and — for the help-desk pages — every action for a
/// member and every opening of a member's personal data. Write the entry before showing the data or reporting the
/// action done: if the entry cannot be written, the request fails and nothing is shown.
/// </summary>
public interface IAuditLog
{
    /// <summary>Records an action of the staff member signed in to this request.</summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Records an action of someone not (yet) signed in: a sign-in attempt, the seeded administrator.</summary>
    Task RecordForAsync(string staff, Guid? staffId, AuditRecord record, CancellationToken cancellationToken = default);
}
