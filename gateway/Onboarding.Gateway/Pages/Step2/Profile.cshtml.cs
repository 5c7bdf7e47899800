using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2, password (twice) and name (family / given). The password is sent to identity-portal and nowhere else:
/// never written back into the form, never put in the cookie.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ProfileModel(PortalClient portal, Step2State state, ProblemMessages messages) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? PasswordConfirmation { get; set; }

    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? GivenName { get; set; }

    public SignupState? Signup { get; private set; }

    public FormErrors Errors { get; } = new(
        ("password", "password"), ("passwordConfirmation", "password-confirmation"), ("familyName", "family-name"), ("givenName", "given-name"));

    public void OnGet() => Signup = Verified();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Signup = Verified();
        if (Signup is null)
        {
            return Page();
        }
        var result = await portal.SetProfileAsync(Signup.SignupId, Password, PasswordConfirmation, FamilyName, GivenName, cancellationToken);
        Password = null;
        PasswordConfirmation = null;
        if (result.Succeeded)
        {
            state.Write(Response, Signup with { ProfileSetAt = state.Now });
            return LocalRedirect("/step2/phone");
        }

        var problem = result.Problem!;
        if (problem.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired)
        {
            state.Clear(Response);
            Signup = null;
        }
        messages.Show(problem, Errors, anchor: "password");
        return Page();
    }

    private SignupState? Verified() => state.Read(Request) is { EmailVerifiedAt: not null } signup ? signup : null;
}
