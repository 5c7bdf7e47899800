using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3.Settings;

/// <summary>An e-mail change started in this browser: its id (never in a URL), where the code went (masked), and its times.</summary>
public sealed record PendingEmailChange(Guid EmailChangeId, string SentTo, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt)
{
    public static PendingEmailChange Of(EmailChangeStarted started) =>
        new(started.EmailChangeId, started.SentTo, started.CodeExpiresAt, started.ResendAvailableAt);
}

/// <summary>A phone change started in this browser: the number as typed (to send again), how, where (masked), and its times.</summary>
public sealed record PendingPhoneChange(string PhoneNumber, string Channel, string SentTo, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt)
{
    public static PendingPhoneChange Of(string phoneNumber, string channel, PhoneCodeSent sent) =>
        new(phoneNumber, channel, sent.SentTo, sent.ExpiresAt, sent.ResendAvailableAt);
}

/// <summary>
/// Keeps a settings change in progress in an HttpOnly cookie protected with ASP.NET Core Data Protection, like the
/// password reset's (<see cref="PasswordResetState"/>): the change's id never appears in a URL. identity-portal answers
/// only the account of the member's token, so a cookie left by another member in this browser leads nowhere.
/// </summary>
public sealed class SettingsState(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string EmailChangeCookieName = ".Onboarding.Step3.EmailChange";
    public const string PhoneChangeCookieName = ".Onboarding.Step3.PhoneChange";

    // A change lives 30 minutes at identity-portal; the cookie only has to outlast it.
    private readonly ProtectedCookie<PendingEmailChange> _emailChange =
        new(dataProtection, EmailChangeCookieName, "Onboarding.Gateway.Step3.EmailChange.v1", TimeSpan.FromHours(1));

    // A phone code lives 10 minutes; the cookie only has to outlast a few resends.
    private readonly ProtectedCookie<PendingPhoneChange> _phoneChange =
        new(dataProtection, PhoneChangeCookieName, "Onboarding.Gateway.Step3.PhoneChange.v1", TimeSpan.FromHours(1));

    public DateTimeOffset Now => clock.GetUtcNow();

    public PendingPhoneChange? ReadPhoneChange(HttpRequest request) => _phoneChange.Read(request, Now);

    public void WritePhoneChange(HttpResponse response, PendingPhoneChange change) => _phoneChange.Write(response, change, Now);

    public void ClearPhoneChange(HttpResponse response) => _phoneChange.Delete(response);

    public PendingEmailChange? ReadEmailChange(HttpRequest request) => _emailChange.Read(request, Now);

    public void WriteEmailChange(HttpResponse response, PendingEmailChange change) => _emailChange.Write(response, change, Now);

    public void ClearEmailChange(HttpResponse response) => _emailChange.Delete(response);
}
