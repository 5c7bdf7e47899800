using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Portal;

// The shapes of identity-portal's STEP 2 sign-up API (docs/architecture.md §7), as the gateway reads them.

public sealed record SignupStarted(Guid SignupId, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record EmailVerified(Guid SignupId, string Email, DateTimeOffset EmailVerifiedAt);

public sealed record ProfileSaved;

public sealed record PhoneCodeSent(string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record AccountCreated(Guid AccountId);

/// <summary>How the phone code is delivered: <c>sms</c> (コードの送信) or <c>voice</c> (電話する).</summary>
public static class PhoneChannels
{
    public const string Sms = "sms";
    public const string Voice = "voice";
}

/// <summary>The stable problem codes of the sign-up API the STEP 2 pages react to.</summary>
public static class PortalProblemCodes
{
    public const string Step1NotCompleted = "step1_not_completed";
    public const string AccountExists = "account_exists";
    public const string SignupNotFound = "signup_not_found";
    public const string SignupExpired = "signup_expired";
    public const string InvalidCode = "invalid_code";
    public const string CodeExpired = "code_expired";
    public const string CodeLocked = "code_locked";
    public const string CodeUsed = "code_used";
    public const string CodeSuperseded = "code_superseded";
    public const string EmailNotVerified = "email_not_verified";
    public const string ProfileNotSet = "profile_not_set";
    public const string PhoneCodeNotSent = "phone_code_not_sent";
}

/// <summary>
/// identity-portal's sign-up API, called server-side by the STEP 2 pages, in the member's language. Its problem
/// documents have the same shape as membership's, so they are read into the same <see cref="ServiceProblem"/>
/// and shown by the same message mapping. Answers are never thrown.
/// </summary>
public sealed partial class PortalClient(HttpClient http, ILogger<PortalClient> logger)
{
    private readonly ServiceApi _api = new(http, logger, "Identity portal");

    public Task<ServiceResult<SignupStarted>> StartSignupAsync(string? email, CancellationToken cancellationToken) =>
        _api.SendAsync<SignupStarted>(HttpMethod.Post, "/api/portal/signups", new { email }, cancellationToken);

    public Task<ServiceResult<SignupStarted>> ResendCodeAsync(Guid signupId, CancellationToken cancellationToken) =>
        _api.SendAsync<SignupStarted>(HttpMethod.Post, $"/api/portal/signups/{signupId}/email-code", null, cancellationToken);

    public Task<ServiceResult<EmailVerified>> VerifyEmailAsync(Guid signupId, string? code, CancellationToken cancellationToken) =>
        _api.SendAsync<EmailVerified>(HttpMethod.Post, $"/api/portal/signups/{signupId}/email-verification", new { code }, cancellationToken);

    /// <summary>Sets the password and name; the password goes to the service only and is never kept by the gateway.</summary>
    public Task<ServiceResult<ProfileSaved>> SetProfileAsync(Guid signupId, string? password, string? passwordConfirmation, string? familyName, string? givenName, CancellationToken cancellationToken) =>
        // Whatever the answer's body, the profile is set; nothing of it (least of all the password) is read back.
        _api.SendAsync(HttpMethod.Post, $"/api/portal/signups/{signupId}/profile", new { password, passwordConfirmation, familyName, givenName }, cancellationToken,
            withoutBody: () => new ProfileSaved());

    public Task<ServiceResult<PhoneCodeSent>> SendPhoneCodeAsync(Guid signupId, string? phoneNumber, string channel, CancellationToken cancellationToken) =>
        _api.SendAsync<PhoneCodeSent>(HttpMethod.Post, $"/api/portal/signups/{signupId}/phone", new { phoneNumber, channel }, cancellationToken);

    public Task<ServiceResult<AccountCreated>> VerifyPhoneAsync(Guid signupId, string? code, CancellationToken cancellationToken) =>
        _api.SendAsync<AccountCreated>(HttpMethod.Post, $"/api/portal/signups/{signupId}/phone-verification", new { code }, cancellationToken);
}

/// <summary>Registers <see cref="PortalClient"/>, with the same POST-safe resilience pipeline as the membership client.</summary>
public static class PortalClientRegistration
{
    public const string HttpClientName = "identity-portal";

    /// <summary>Overrides the service-discovery address <c>http://identity-portal</c>, e.g. to point a test at a fake.</summary>
    public const string BaseAddressKey = "Services:IdentityPortal";

    public const string DefaultBaseAddress = "http://identity-portal";

    public static IHostApplicationBuilder AddPortalClient(this IHostApplicationBuilder builder) =>
        builder.AddServiceApiClient<PortalClient>(HttpClientName, BaseAddressKey, DefaultBaseAddress);
}
