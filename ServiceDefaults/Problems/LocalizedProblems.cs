using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Onboarding.ServiceDefaults.Problems;

/// <summary>
/// The error shape of docs/architecture.md §7 for every service: RFC 9457 with a stable <c>code</c>, a title in the member's
/// language, per-field <c>errors</c> (and their stable <c>errorCodes</c>) for validation, and — where they apply —
/// <c>attemptsRemaining</c>, <c>retryAfterSeconds</c> with a <c>Retry-After</c> header, and <c>nextStep</c>.
/// Each service keeps its own wording and passes its lookups in.
/// </summary>
public static class LocalizedProblems
{
    public const string ValidationCode = "validation_failed";

    /// <param name="title">The service's wording: (code, culture) → title.</param>
    /// <param name="nextStep">A page of the member UI to go to instead, for a link next to the message.</param>
    public static ProblemHttpResult Of(HttpContext http, int status, string code, Func<string, string, string> title,
        int? attemptsRemaining = null, TimeSpan? retryAfter = null, string? nextStep = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (attemptsRemaining is { } remaining) extensions["attemptsRemaining"] = remaining;
        if (retryAfter is { } wait)
        {
            var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            extensions["retryAfterSeconds"] = seconds;
            http.Response.Headers.RetryAfter = seconds.ToString();
        }
        if (nextStep is not null) extensions["nextStep"] = nextStep;
        return TypedResults.Problem(statusCode: status, title: title(code, MemberCulture.Of(http.Request)), extensions: extensions);
    }

    /// <summary>400 with one localised message per field; <paramref name="fieldErrors"/> maps field → message key.</summary>
    /// <param name="field">The service's wording: (message key, culture) → message.</param>
    public static ProblemHttpResult Validation(HttpContext http, IReadOnlyDictionary<string, string> fieldErrors,
        Func<string, string, string> title, Func<string, string, string> field)
    {
        var culture = MemberCulture.Of(http.Request);
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ValidationCode,
            ["errors"] = fieldErrors.ToDictionary(pair => pair.Key, pair => new[] { field(pair.Value, culture) }),
            // Stable per-field codes, for clients that show their own wording.
            ["errorCodes"] = fieldErrors.ToDictionary(pair => pair.Key, pair => pair.Value),
        };
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title(ValidationCode, culture), extensions: extensions);
    }
}
