using Microsoft.AspNetCore.WebUtilities;

namespace Onboarding.OperatorConsole.Services;

/// <summary>
/// membership's operator API as the console's pages read it (docs/api.md: the funnel, reminder waves, roster
/// imports): the paths, and the answers' shapes — only the members the pages use.
/// </summary>
public static class MembershipOperations
{
    public const string Prefix = "/api/membership/operator";

    /// <summary>membership's longest co-op name (its <c>MemberConfiguration.CoopMaxLength</c>).</summary>
    public const int CoopMaxLength = 200;

    /// <summary>The days of trend membership gives at most (its <c>FunnelApi.MaxDays</c>).</summary>
    public const int MaxDays = 366;

    /// <summary>The funnel's stages, in the journey's order (membership's <c>FunnelStages</c>).</summary>
    public static readonly IReadOnlyList<string> Stages = ["not_started", "step1", "step2", "step3", "completed"];

    /// <summary>The stages a CSV of members not yet done can be narrowed to.</summary>
    public static readonly IReadOnlyList<string> ExportStages = ["not_started", "step1", "step2", "step3"];

    public static readonly IReadOnlyList<string> NextSteps = ["step1", "step2", "step3"];

    public static string Funnel(string? coop, int days) => QueryHelpers.AddQueryString($"{Prefix}/funnel",
        Query(("coop", coop), ("days", days.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static string FunnelMembersCsv(string? coop, string? stage) =>
        QueryHelpers.AddQueryString($"{Prefix}/funnel/members.csv", Query(("coop", coop), ("stage", stage)));

    public const string ReminderWaves = $"{Prefix}/reminder-waves";

    public static string ReminderWave(string waveId) => $"{ReminderWaves}/{Uri.EscapeDataString(waveId)}";

    public static string ReleaseReminderWave(string waveId) => $"{ReminderWave(waveId)}/release";

    public const string RosterImports = $"{Prefix}/roster-imports";

    /// <summary>The multipart field membership reads the roster from (its <c>RosterUpload</c>: <c>file</c>, else the first file).</summary>
    public const string RosterFileField = "file";

    private static IEnumerable<KeyValuePair<string, string?>> Query(params (string Name, string? Value)[] pairs) =>
        pairs.Where(pair => !string.IsNullOrEmpty(pair.Value)).Select(pair => new KeyValuePair<string, string?>(pair.Name, pair.Value));
}

public sealed record Funnel(DateTimeOffset TakenAt, IReadOnlyList<string> Stages, IReadOnlyList<CoopFunnel> Coops, IReadOnlyList<FunnelDay> Trend);

public sealed record CoopFunnel(string Coop, IReadOnlyDictionary<string, int> Members, int Total);

public sealed record FunnelDay(DateOnly Day, IReadOnlyDictionary<string, int> Members)
{
    public int Total => Members.Values.Sum();
}

public sealed record ReminderWave(string Id, int DaysBefore, DateTimeOffset DueAt, DateTimeOffset? ReleasedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt, int Sent);

public sealed record ReminderWavePreview(ReminderWave Wave, IReadOnlyList<CoopPreview> Preview, int Total);

public sealed record CoopPreview(string Coop, IReadOnlyDictionary<string, int> Members, int Total);

public sealed record RosterImportReport(
    Guid ImportId, string Encoding, int Rows, int Inserted, int Updated, int Unchanged, int Rejected,
    bool RejectionsTruncated, IReadOnlyList<RosterRejection> Rejections);

public sealed record RosterRejection(int Line, string? MemberNumber, string Field, string Reason, int? DuplicateOfLine, string Message);
