using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>
/// The member number and birth date from the notice, as a page model: shared by STEP 1's first screen and by resume
/// (続きから再開する), which identify the member the same way and render the same fields (<c>_LookupFields</c>).
/// </summary>
public abstract class LookupFormModel(Step1State state) : PageModel
{
    /// <summary>The oldest year offered, as in the service's own rule.</summary>
    public const int EarliestBirthYear = 1900;

    /// <summary>Where a successful lookup is kept for the next screens.</summary>
    protected Step1State State { get; } = state;

    /// <summary>As typed: full-width digits, spaces and dashes are fine, the service normalises them.</summary>
    [BindProperty]
    public string? MemberNumber { get; set; }

    [BindProperty]
    public int? BirthYear { get; set; }

    [BindProperty]
    public int? BirthMonth { get; set; }

    [BindProperty]
    public int? BirthDay { get; set; }

    public FormErrors Errors { get; } = new(("memberNumber", "memberNumber"), ("birthDate", "birthYear"));

    /// <summary>Newest first: most members are students born in the last twenty-odd years.</summary>
    public IEnumerable<int> Years
    {
        get
        {
            var thisYear = MemberTime.InJapan(State.Now).Year;
            for (var year = thisYear; year >= EarliestBirthYear; year--)
            {
                yield return year;
            }
        }
    }

    /// <summary>ISO 8601, or null for a partly chosen date (the service then says to choose one).</summary>
    protected string? BirthDate =>
        BirthYear is { } year && BirthMonth is { } month && BirthDay is { } day
            ? $"{year:D4}-{month:D2}-{day:D2}"
            : null;
}
