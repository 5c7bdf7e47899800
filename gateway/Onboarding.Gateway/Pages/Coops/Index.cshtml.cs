using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Coops;

namespace Onboarding.Gateway.Pages.Coops;

/// <summary>
/// 生協の連絡先: every co-op of the directory with its phone, hours and e-mail, for a member not identified yet (the
/// help text links here) or whose co-op the directory does not list. Reads nothing from the member but which co-op to
/// mark as theirs.
/// </summary>
public sealed class IndexModel(CoopDirectory directory, MemberCoop memberCoop) : PageModel
{
    public IReadOnlyList<CoopContact> Coops => directory.All;

    /// <summary>The member's own co-op when known, to mark it in the list.</summary>
    public CoopContact? Own => memberCoop.Contact;
}
