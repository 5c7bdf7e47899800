using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Onboarding.ServiceDefaults.Problems;

/// <summary>
/// The error shape of docs/architecture.md §7 for every service: RFC 9457 with a stable <c>code</c>, a title in the member's
/// language, per-field <c>errors</c> (and their stable <c>errorCodes</c>) for validation, and — where they apply —
/// <c>attemptsRemaining</c>, <c>retryAfterSeconds</c> with a <c>Retry-After</c> header, and <c>nextStep</c>.
/// Each service names it with its own wording once (<c>global using Problems = LocalizedProblems&lt;ProblemText&gt;</c>
/// next to its table) and its endpoints write <c>Problems.Of(...)</c>.
/// </summary>
/// <typeparam name="TText">The service's wording.</typeparam>
public static class LocalizedProblems<TText> where TText : IProblemText
{
    /// <param name="nextStep">A page of the member UI to go to instead, for a link next to the message.</param>
    public static ProblemHttpResult Of(HttpContext http, int status, string code,
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
        return TypedResults.Problem(statusCode: status, title: TText.Title(code, MemberCulture.Of(http.Request)), extensions: extensions);
    }

    /// <summary>400 with one localised message per field; <paramref name="fieldErrors"/> maps field → message key.</summary>
    public static ProblemHttpResult Validation(HttpContext http, IReadOnlyDictionary<string, string> fieldErrors)
    {
        var culture = MemberCulture.Of(http.Request);
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = CommonProblemText.ValidationCode,
            ["errors"] = fieldErrors.ToDictionary(pair => pair.Key, pair => new[] { TText.Field(pair.Value, culture) }),
            // Stable per-field codes, for clients that show their own wording.
            ["errorCodes"] = fieldErrors.ToDictionary(pair => pair.Key, pair => pair.Value),
        };
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
            title: TText.Title(CommonProblemText.ValidationCode, culture), extensions: extensions);
    }
}
