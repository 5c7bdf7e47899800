using Microsoft.AspNetCore.Mvc;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>電話番号の変更: the new number and how to get the code (コードの送信 by SMS, or 電話する), as in STEP 2.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ChangePhoneModel(PortalClient portal, MemberSession session, SettingsState state, ProblemMessages messages)
    : SettingsPage(session)
{
    public const string Path = "/step3/mypage/settings/phone";

    [BindProperty]
    public string? PhoneNumber { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    public string? CurrentPhoneNumber { get; private set; }

    public FormErrors Errors { get; } = new(("phoneNumber", "phone-number"), ("channel", "send-sms"));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await Session.CallAsync(member => portal.GetAccountAsync(member.AccessToken, cancellationToken), cancellationToken);
        if (account.SignedOut) return SignInAgain();
        CurrentPhoneNumber = account.Result!.Value?.PhoneNumber;
        if (account.Result.Problem is { } problem) messages.Show(problem, Errors, anchor: "phone-number");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (problem, signedOut) = await SendAsync(portal, Session, state, Response, PhoneNumber, Channel, cancellationToken);
        if (signedOut) return SignInAgain();
        if (problem is null) return LocalRedirect(ConfirmPhoneModel.Path);
        messages.Show(problem, Errors, anchor: "phone-number");
        return Page();
    }

    /// <summary>Sends (or sends again) the code as the member, and remembers the pending change in this browser.</summary>
    internal static async Task<(Services.ServiceProblem? Problem, bool SignedOut)> SendAsync(PortalClient portal, MemberSession session,
        SettingsState state, HttpResponse response, string? phoneNumber, string? channel, CancellationToken cancellationToken)
    {
        var chosen = channel is PhoneChannels.Voice ? PhoneChannels.Voice : PhoneChannels.Sms;
        var call = await session.CallAsync(member => portal.SendPhoneChangeCodeAsync(member.AccessToken, phoneNumber, chosen, cancellationToken),
            cancellationToken);
        if (call.SignedOut) return (null, true);
        if (call.Result!.Value is not { } sent) return (call.Result.Problem, false);
        state.WritePhoneChange(response, PendingPhoneChange.Of(phoneNumber ?? "", chosen, sent));
        return (null, false);
    }
}
