using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Step1;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>STEP 1, screen 1: the member number and birth date from the notice.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LookupModel(MembershipClient membership, Step1State state, Step1Messages messages) : PageModel
{
    /// <summary>The oldest year offered, as in the service's own rule.</summary>
    public const int EarliestBirthYear = 1900;

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
            var thisYear = MemberTime.InJapan(state.Now).Year;
            for (var year = thisYear; year >= EarliestBirthYear; year--)
            {
                yield return year;
            }
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A partly chosen date is no date: the service then says to choose one.
        var birthDate = BirthYear is { } year && BirthMonth is { } month && BirthDay is { } day
            ? $"{year:D4}-{month:D2}-{day:D2}"
            : null;

        var result = await membership.CreateLookupAsync(MemberNumber, birthDate, cancellationToken);
        if (result.Value is { } lookup)
        {
            state.WriteLookup(Response, new LookupState(lookup.LookupId, lookup.MaskedName, lookup.MaskedRegisteredEmail, lookup.ExpiresAt));
            return LocalRedirect("/step1/confirm");
        }

        messages.Show(result.Problem!, Errors, anchor: "memberNumber");
        return Page();
    }
}
