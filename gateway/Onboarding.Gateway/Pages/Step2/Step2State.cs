using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>A sign-up started in this browser: its id (never in a URL), the address it is for, and the code's times.</summary>
public sealed record SignupState(
    Guid SignupId,
    string Email,
    DateTimeOffset ExpiresAt,
    DateTimeOffset CodeExpiresAt,
    DateTimeOffset ResendAvailableAt,
    DateTimeOffset? EmailVerifiedAt = null,
    DateTimeOffset? ProfileSetAt = null,
    string? PhoneNumber = null,
    string? PhoneChannel = null,
    string? PhoneSentTo = null,
    DateTimeOffset? PhoneCodeExpiresAt = null,
    DateTimeOffset? PhoneResendAvailableAt = null,
    DateTimeOffset? CompletedAt = null)
{
    // Never a password or a name: only what the next screen needs to say where the code went.

    public static SignupState Of(string email, SignupStarted started) =>
        new(started.SignupId, email, started.ExpiresAt, started.CodeExpiresAt, started.ResendAvailableAt);
}

/// <summary>
/// Keeps the STEP 2 sign-up between screens in an HttpOnly cookie protected with ASP.NET Core Data Protection,
/// like <see cref="Step1State"/>: nothing personal in URLs, nothing kept on the gateway.
/// </summary>
public sealed class Step2State(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string SignupCookieName = ".Onboarding.Step2.Signup";

    private static readonly TimeSpan PayloadLifetime = TimeSpan.FromHours(12);

    private readonly ProtectedCookie<SignupState> _signup =
        new(dataProtection, SignupCookieName, "Onboarding.Gateway.Step2.Signup.v1", PayloadLifetime);

    public DateTimeOffset Now => clock.GetUtcNow();

    public SignupState? Read(HttpRequest request) => _signup.Read(request, Now);

    public void Write(HttpResponse response, SignupState signup) => _signup.Write(response, signup, Now);

    public void Clear(HttpResponse response) => _signup.Delete(response);
}
