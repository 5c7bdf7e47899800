using System.Globalization;
using Microsoft.AspNetCore.Html;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Forms;

/// <summary>
/// Turns the membership service's problems into what the STEP 1 pages show: its localised field messages next to the
/// fields, and its titles at the top, completed with what the member can do now (attempts left, when to try again).
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
                errors.AddGeneral(WithDetail(TitleOf(problem), LookupAttempts(problem.AttemptsRemaining)), anchor);
                break;

            case ProblemCodes.TooManyAttempts or ProblemCodes.DailyLimitReached:
                errors.AddGeneral(WithDetail(TitleOf(problem), RetryAfter(problem.RetryAfterSeconds, text[UiText.RetryAfterFormat])), anchor);
                break;

            case ProblemCodes.ResendTooSoon:
                errors.AddGeneral(WithDetail(TitleOf(problem), RetryAfter(problem.RetryAfterSeconds, text[UiText.ResendAfterFormat])), anchor);
                break;

            case ProblemCodes.InvalidPasscode when errors.Handles("passcode"):
                var attempts = PasscodeAttempts(problem.AttemptsRemaining);
                errors.AddField("passcode", attempts is null ? TitleOf(problem) : Join(TitleOf(problem), attempts));
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

    private string Join(string first, string second) => string.Format(CultureInfo.CurrentCulture, text[UiText.SentenceJoinFormat], first, second);

    private IHtmlContent? LookupAttempts(int? remaining) => remaining switch
    {
        null or <= 0 => null,
        1 => HtmlFormatting.Text(text[UiText.LookupLastAttempt]),
        _ => HtmlFormatting.Text(string.Format(CultureInfo.CurrentCulture, text[UiText.AttemptsRemainingFormat], remaining)),
    };

    private string? PasscodeAttempts(int? remaining) => remaining switch
    {
        null or <= 0 => null,
        1 => text[UiText.PasscodeLastAttempt],
        _ => string.Format(CultureInfo.CurrentCulture, text[UiText.AttemptsRemainingFormat], remaining),
    };

    private string TitleOf(ServiceProblem problem) =>
        problem.Code == ProblemCodes.ServiceUnavailable ? text[UiText.ProblemServiceUnavailableTitle]
        : string.IsNullOrWhiteSpace(problem.Title) ? text[UiText.ProblemGenericTitle]
        : problem.Title;
}
