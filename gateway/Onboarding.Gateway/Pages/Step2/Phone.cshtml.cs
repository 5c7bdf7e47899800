using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Portal;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>
/// STEP 2, the mobile number: 「コードの送信」 sends the code by SMS, 「電話する」 reads it out in a voice call.
/// Both buttons submit the same form, with <c>Channel</c> telling which.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PhoneModel(PortalClient portal, Step2State state, ProblemMessages messages) : PageModel
{
    [BindProperty]
    public string? PhoneNumber { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    public SignupState? Signup { get; private set; }

    public FormErrors Errors { get; } = new(("phoneNumber", "phone-number"), ("channel", "send-sms"));

    public void OnGet()
    {
        Signup = WithProfile();
        PhoneNumber ??= Signup?.PhoneNumber;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Signup = WithProfile();
        if (Signup is null)
        {
            return Page();
        }
        var result = await PhoneCodes.SendAsync(portal, state, Request, Response, Signup, PhoneNumber, Channel, cancellationToken);
        if (result is null)
        {
            return LocalRedirect("/step2/phone/code");
        }
        if (result.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired or PortalProblemCodes.ProfileNotSet)
        {
            // Not found / expired: the guidance says to set the profile, whose page in turn says to sign up again.
            Signup = null;
        }
        messages.Show(result, Errors, anchor: "phone-number");
        return Page();
    }

    private SignupState? WithProfile() => state.Read(Request) is { ProfileSetAt: not null, CompletedAt: null } signup ? signup : null;
}

/// <summary>Sending (or sending again) the phone code, shared by the phone and phone-code pages.</summary>
internal static class PhoneCodes
{
    /// <returns><c>null</c> when the code was sent (and the cookie updated), otherwise the problem.</returns>
    public static async Task<ServiceProblem?> SendAsync(PortalClient portal, Step2State state, HttpRequest request, HttpResponse response,
        SignupState signup, string? phoneNumber, string? channel, CancellationToken cancellationToken)
    {
        var chosen = channel is PhoneChannels.Voice ? PhoneChannels.Voice : PhoneChannels.Sms;
        var result = await portal.SendPhoneCodeAsync(signup.SignupId, phoneNumber, chosen, cancellationToken);
        if (result.Value is { } sent)
        {
            state.Write(response, signup with
            {
                PhoneNumber = phoneNumber,
                PhoneChannel = chosen,
                PhoneSentTo = sent.SentTo,
                PhoneCodeExpiresAt = sent.ExpiresAt,
                PhoneResendAvailableAt = sent.ResendAvailableAt,
            });
            return null;
        }
        var problem = result.Problem!;
        if (problem.Code is PortalProblemCodes.SignupNotFound or PortalProblemCodes.SignupExpired)
        {
            state.Clear(response);
        }
        else if (problem.Code is PortalProblemCodes.ProfileNotSet)
        {
            state.Write(response, signup with { ProfileSetAt = null });
        }
        return problem;
    }
}
