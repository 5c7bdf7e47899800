using Microsoft.AspNetCore.Http.HttpResults;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>RFC 9457 answers with a stable <c>code</c>, localised text, and attempts / retry / next-step hints where they apply.</summary>
public static class Problems
{
    public static ProblemHttpResult Of(HttpContext http, int status, string code, int? attemptsRemaining = null, TimeSpan? retryAfter = null,
        string? nextStep = null)
    {
        var culture = MemberCulture.Of(http.Request);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (attemptsRemaining is { } remaining) extensions["attemptsRemaining"] = remaining;
        if (retryAfter is { } wait)
        {
            var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            extensions["retryAfterSeconds"] = seconds;
            http.Response.Headers.RetryAfter = seconds.ToString();
        }
        // Where the member should go instead (a page of the member UI), for a link next to the message.
        if (nextStep is not null) extensions["nextStep"] = nextStep;
        return TypedResults.Problem(statusCode: status, title: ProblemText.Title(code, culture), extensions: extensions);
    }

    /// <summary>400 with one localised message per field; <paramref name="fieldErrors"/> maps field → message key.</summary>
    public static ProblemHttpResult Validation(HttpContext http, IReadOnlyDictionary<string, string> fieldErrors)
    {
        var culture = MemberCulture.Of(http.Request);
        var errors = fieldErrors.ToDictionary(pair => pair.Key, pair => new[] { ProblemText.Field(pair.Value, culture) });
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = "validation_failed",
            ["errors"] = errors,
            // Stable per-field codes, for clients that show their own wording.
            ["errorCodes"] = fieldErrors.ToDictionary(pair => pair.Key, pair => pair.Value),
        };
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
            title: ProblemText.Title("validation_failed", culture), extensions: extensions);
    }
}
