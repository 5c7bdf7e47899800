using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;

namespace Onboarding.OperatorConsole.Forms;

/// <summary>
/// A service's problem on an operation page (funnel, reminders, roster, parked messages), with the status the page
/// answers (<see cref="ServiceProblems"/> is the help desk's, for forms whose field a service's error belongs to): its title and detail (already in the staff member's language) and its field
/// messages in the error summary, or "the service is not answering" when it gave none. The page's status is the
/// service's 4xx, or 502/503 when the fault is the service's: never a 500 of the console's own.
/// </summary>
public static class OperationProblems
{
    /// <summary>Adds <paramref name="problem"/> to <paramref name="errors"/> and returns the status to answer with.</summary>
    public static int Show(ServiceProblem problem, FieldErrors errors, ConsoleLanguage text)
    {
        if (problem.IsUnavailable)
        {
            errors.Add(null, text[ConsoleText.ServiceUnavailable]);
            return problem.Status == StatusCodes.Status503ServiceUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status502BadGateway;
        }
        errors.Add(null, problem.Title ?? text[ConsoleText.ServiceRefused]);
        // What to do about it (a roster's missing columns, say), when the service said.
        if (problem.Detail is { Length: > 0 } detail && detail != problem.Title) errors.Add(null, detail);
        // The service's field names are its own, not this page's inputs: listed in the summary, not linked.
        foreach (var message in problem.FieldErrors.Values) errors.Add(null, message);
        return problem.Status switch
        {
            // A refused operator key, or the service's own fault: the console's configuration or the service is wrong,
            // not the staff member's request.
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => StatusCodes.Status502BadGateway,
            >= 500 => StatusCodes.Status502BadGateway,
            _ => problem.Status,
        };
    }
}
