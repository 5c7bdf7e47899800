using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>A password reset started in this browser: its id (never in a URL), where the code went (masked), and its times.</summary>
public sealed record PendingPasswordReset(Guid PasswordResetId, string SentTo, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt)
{
    public static PendingPasswordReset Of(PasswordResetStarted started) =>
        new(started.PasswordResetId, started.SentTo, started.CodeExpiresAt, started.ResendAvailableAt);
}

/// <summary>
/// Keeps the password reset in progress in an HttpOnly cookie protected with ASP.NET Core Data Protection, like the
/// sign-in's (<see cref="Step3State"/>): the reset's id, which the code is bound to, never appears in a URL.
/// </summary>
public sealed class PasswordResetState(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = ".Onboarding.Step3.PasswordReset";

    // A reset lives 30 minutes at identity-portal; the cookie only has to outlast it.
    private readonly ProtectedCookie<PendingPasswordReset> _reset =
        new(dataProtection, CookieName, "Onboarding.Gateway.Step3.PasswordReset.v1", TimeSpan.FromHours(1));

    public DateTimeOffset Now => clock.GetUtcNow();

    public PendingPasswordReset? Read(HttpRequest request) => _reset.Read(request, Now);

    public void Write(HttpResponse response, PendingPasswordReset reset) => _reset.Write(response, reset, Now);

    public void Clear(HttpResponse response) => _reset.Delete(response);
}
