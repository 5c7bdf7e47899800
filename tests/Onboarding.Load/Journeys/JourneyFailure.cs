namespace Onboarding.Load.Journeys;

/// <summary>What kind of end a journey met, for the fault report.</summary>
public enum FailureKind
{
    /// <summary>An answer the journey did not expect.</summary>
    Error,
    /// <summary>A retryable message ("ただいまサービスに接続できません…", 502/503/504, no answer) still there after every press.</summary>
    Retryable,
    /// <summary>The system said it sent a code, and the code never arrived at the sink: a lost message.</summary>
    CodeNeverArrived,
}

/// <summary>
/// A journey that could not go on: where (step and request kind), the HTTP status and the problem's <c>code</c> when
/// the answer carried one. <see cref="Key"/> is what the report counts errors by.
/// </summary>
public sealed class JourneyFailure(string step, string where, int? status, string? code, string detail, FailureKind kind = FailureKind.Error)
    : Exception($"{step} {where}: {(status is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} {code} {detail}")
{
    public string Key { get; } = $"{step} {where} → {(status is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer")}{(code is null ? "" : $" code={code}")}";

    public FailureKind Kind { get; } = kind;
}
