namespace Onboarding.OperatorConsole.Forms;

/// <summary>The reason field of an audited action (<c>_ReasonField</c>): its id, label, hint, value and the form's errors.</summary>
public sealed record ReasonField(string Id, string Label, string Hint, string? Value, FieldErrors? Errors);
