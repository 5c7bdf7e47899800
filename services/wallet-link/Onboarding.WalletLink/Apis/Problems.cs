using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.WalletLink.Apis;

/// <summary>This service's problems: the shared shape (<see cref="LocalizedProblems"/>) with this service's wording.</summary>
public static class Problems
{
    public static ProblemHttpResult Of(HttpContext http, int status, string code, int? attemptsRemaining = null,
        TimeSpan? retryAfter = null, string? nextStep = null) =>
        LocalizedProblems.Of(http, status, code, ProblemText.Title, attemptsRemaining, retryAfter, nextStep);

    public static ProblemHttpResult Validation(HttpContext http, IReadOnlyDictionary<string, string> fieldErrors) =>
        LocalizedProblems.Validation(http, fieldErrors, ProblemText.Title, ProblemText.Field);
}
