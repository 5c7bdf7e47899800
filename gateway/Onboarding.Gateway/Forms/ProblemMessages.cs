using System.Globalization;
using Microsoft.AspNetCore.Html;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Services;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Forms;

/// <summary>
/// Turns a service's problems into what a form shows, on every step: its localised field messages next to the fields,
/// and its titles at the top, completed with what the member can do now (attempts left, when to try again).
/// </summary>
public sealed class ProblemMessages(UiLanguage text, TimeProvider clock)
{
    public void Show(ServiceProblem problem, FormErrors errors, string? anchor = null)
    {
        switch (problem.Code)
        {
            case ProblemCodes.ValidationFailed when problem.FieldErrors.Count > 0:
                foreach (var (field, message) in problem.FieldErrors)
                {
                    errors.AddField(field, message);
                }
                break;

            case ProblemCodes.MemberNotFound:
                errors.AddGeneral(AttemptsLeft(TitleOf(problem), problem.AttemptsRemaining, UiText.LookupLastAttempt), anchor);
                break;

            case ProblemCodes.TooManyAttempts or ProblemCodes.DailyLimitReached:
                errors.AddGeneral(WithDetail(TitleOf(problem), RetryAfter(problem.RetryAfterSeconds, text[UiText.RetryAfterFormat])), anchor);
                break;

            case ProblemCodes.ResendTooSoon:
                errors.AddGeneral(WithDetail(TitleOf(problem), RetryAfter(problem.RetryAfterSeconds, text[UiText.ResendAfterFormat])), anchor);
                break;

            case ProblemCodes.InvalidPasscode when errors.Handles("passcode"):
                errors.AddField("passcode", AttemptsLeft(TitleOf(problem), problem.AttemptsRemaining, UiText.PasscodeLastAttempt));
                break;

            default:
                errors.AddGeneral(TitleOf(problem), anchor);
                break;
        }
    }

    /// <summary>
    /// A lookup's problem (STEP 1's first screen and resume): as <see cref="Show"/>, and a member whose lookups are
    /// locked also learns when to try again and that the co-op's help desk can unlock the number.
    /// </summary>
    public void ShowLookupProblem(ServiceProblem problem, FormErrors errors, string? anchor = null)
    {
        if (problem.Code != ProblemCodes.TooManyAttempts)
        {
            Show(problem, errors, anchor);
            return;
        }
        var wait = WithDetail(TitleOf(problem), RetryAfter(problem.RetryAfterSeconds, text[UiText.RetryAfterFormat]));
        errors.AddGeneral(HtmlFormatting.FormatHtml(text[UiText.SentenceJoinFormat], wait, HtmlFormatting.Text(text[UiText.LookupLockedHelpDesk])), anchor);
    }

    /// <summary>When the next try is possible, in Japan time and the member's language, plus roughly how long that is.</summary>
    public IHtmlContent? RetryAfter(int? seconds, string format)
    {
        if (seconds is not { } wait || wait <= 0)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var at = now.AddSeconds(wait);
        return format.Contains("{1}", StringComparison.Ordinal)
            ? HtmlFormatting.FormatHtml(format, MemberTime.Element(at, now, text, CultureInfo.CurrentCulture), HtmlFormatting.Text(MemberTime.Duration(at - now, text)))
            : HtmlFormatting.FormatHtml(format, MemberTime.Element(at, now, text, CultureInfo.CurrentCulture));
    }

    public IHtmlContent WithDetail(string title, IHtmlContent? detail) =>
        detail is null ? HtmlFormatting.Text(title) : HtmlFormatting.FormatHtml(text[UiText.SentenceJoinFormat], HtmlFormatting.Text(title), detail);

    /// <summary>
    /// A wrong entry's message: <paramref name="title"/> and, while tries are left, how many ("あと3回入力できます。"), or
    /// with one left the warning <paramref name="lastAttempt"/> of what one more mistake does. Every code, passcode
    /// and lookup form says it this way.
    /// </summary>
    public string AttemptsLeft(string title, int? remaining, LocalizedText lastAttempt)
    {
        var attempts = remaining switch
        {
            null or <= 0 => null,
            1 => text[lastAttempt],
            _ => string.Format(CultureInfo.CurrentCulture, text[UiText.AttemptsRemainingFormat], remaining),
        };
        return attempts is null ? title : string.Format(CultureInfo.CurrentCulture, text[UiText.SentenceJoinFormat], title, attempts);
    }

    private string TitleOf(ServiceProblem problem) =>
        problem.Code == ProblemCodes.ServiceUnavailable ? text[UiText.ProblemServiceUnavailableTitle]
        : string.IsNullOrWhiteSpace(problem.Title) ? text[UiText.ProblemGenericTitle]
        : problem.Title;
}
