using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;

namespace Onboarding.OperatorConsole.Forms;

/// <summary>A service's problem on a console form: its field errors next to the form's field, else its title, else "not answering".</summary>
public static class ServiceProblems
{
    /// <param name="field">The form's field that a service's field error belongs to (the services name their own fields).</param>
    public static void Show(ServiceProblem problem, FieldErrors errors, ConsoleLanguage text, string? field = null)
    {
        if (problem.IsUnavailable)
        {
            errors.Add(null, text[ConsoleText.ServiceUnavailable]);
            return;
        }
        if (problem.FieldErrors.Count > 0)
        {
            foreach (var message in problem.FieldErrors.Values) errors.Add(field, message);
            return;
        }
        errors.Add(null, problem.Title ?? text[ConsoleText.ServiceUnavailable]);
    }
}
