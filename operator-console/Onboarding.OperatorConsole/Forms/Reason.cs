using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Localization;

namespace Onboarding.OperatorConsole.Forms;

/// <summary>
/// The reason staff type for an audited action (a download of members' data, a release, an import, a re-drive):
/// required, at most <see cref="AuditLog.MaxReasonLength"/> characters after trimming, as the audit log stores it.
/// </summary>
public static class Reason
{
    public const string Field = "reason";

    /// <summary>Adds the field's error (<paramref name="field"/>: the input's id, when a page has several) when <paramref name="reason"/> is missing or too long; the trimmed reason otherwise.</summary>
    public static string? Check(string? reason, FieldErrors errors, ConsoleLanguage text, string field = Field)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed)) errors.Add(field, text[ConsoleText.ReasonRequired]);
        else if (trimmed.Length > AuditLog.MaxReasonLength) errors.Add(field, text[ConsoleText.ReasonTooLong]);
        else return trimmed;
        return null;
    }
}
