using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Onboarding.Gateway.Localization;

/// <summary>
/// Every string the member web UI shows, one instance per language. All members are <c>required</c>,
/// so a string added for one language and forgotten in the other does not compile.
/// Values ending in <c>Format</c> take one <c>{0}</c> argument.
/// </summary>
public sealed partial record UiText
{
    public static UiText For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Japanese;

    /// <summary>
    /// The texts for the culture the localization middleware chose for this request. Also right in code that
    /// runs outside that middleware (error handlers further out), where the current culture is not set.
    /// </summary>
    public static UiText For(HttpContext context) =>
        For(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture);

    // Layout
    public required string SiteTitle { get; init; }
    public required string SiteTagline { get; init; }
    public required string SkipToContent { get; init; }
    public required string FooterContact { get; init; }

    /// <summary>The culture the language switch changes to, and its label written in that language.</summary>
    public required string SwitchToCulture { get; init; }
    public required string SwitchToLabel { get; init; }
    public required string SwitchToDescription { get; init; }

    /// <summary>Date pattern (e.g. <c>2027年1月1日（金）</c> / <c>Friday, January 1, 2027</c>).</summary>
    public required string DateFormat { get; init; }

    // The three steps and the progress indicator
    public required string ProgressLabel { get; init; }
    public required string StepNumberFormat { get; init; }
    public required string Step1Title { get; init; }
    public required string Step2Title { get; init; }
    public required string Step3Title { get; init; }
    public required string Step1Description { get; init; }
    public required string Step2Description { get; init; }
    public required string Step3Description { get; init; }
    public required string StepStateDone { get; init; }
    public required string StepStateCurrent { get; init; }
    public required string StepStateRemaining { get; init; }

    // Landing page
    public required string HomeTitle { get; init; }
    public required string HomeEyebrow { get; init; }
    public required string HomeCutoverWarningFormat { get; init; }
    public required string HomePcNote { get; init; }
    public required string HomeDeadlineHeading { get; init; }
    public required string HomeDeadlineFormat { get; init; }
    public required string HomeOrderHeading { get; init; }
    public required string HomeOrderText { get; init; }
    public required string HomeResumeText { get; init; }
    public required string HomeStepsHeading { get; init; }
    public required string HomeNeedsHeading { get; init; }
    public required string HomeNeedNotice { get; init; }
    public required string HomeNeedEmail { get; init; }
    public required string HomeNeedPhone { get; init; }
    public required string HomeStartButton { get; init; }

    // Error pages
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string BackToHome { get; init; }

    // Problem details written by the gateway itself (the services localise their own)
    public required string ProblemGenericTitle { get; init; }
    public required string ProblemNotFoundTitle { get; init; }
    public required string ProblemServiceUnavailableTitle { get; init; }
    public required string ProblemTooManyRequestsTitle { get; init; }
    public required string ProblemTooManyRequestsDetailFormat { get; init; }

    public string StepTitle(int step) => step switch
    {
        1 => Step1Title,
        2 => Step2Title,
        3 => Step3Title,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public string StepDescription(int step) => step switch
    {
        1 => Step1Description,
        2 => Step2Description,
        3 => Step3Description,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public string StepNumber(int step) => string.Format(CultureInfo.InvariantCulture, StepNumberFormat, step);

    public string FormatDate(DateOnly date, CultureInfo culture) => date.ToString(DateFormat, culture);
}
