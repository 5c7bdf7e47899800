namespace Onboarding.Load.Journeys;

/// <summary>
/// A journey that could not go on: where (step and request kind), the HTTP status and the problem's <c>code</c> when
/// the answer carried one. <see cref="Key"/> is what the report counts errors by.
/// </summary>
public sealed class JourneyFailure(string step, string where, int? status, string? code, string detail)
    : Exception($"{step} {where}: {(status is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} {code} {detail}")
{
    public string Key { get; } = $"{step} {where} → {(status is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer")}{(code is null ? "" : $" code={code}")}";
}
