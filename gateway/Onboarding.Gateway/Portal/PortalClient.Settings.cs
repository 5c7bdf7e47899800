using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Portal;

// The shapes of identity-portal's account settings API (設定), as the gateway reads them. Every call carries the
// member's access token: identity-portal acts on the account the token names, never on one named in the request.

public sealed record AccountSettings(string Email, string FamilyName, string GivenName, string? PhoneNumber);

public sealed record AccountName(string FamilyName, string GivenName);

public sealed record EmailChangeStarted(Guid EmailChangeId, string SentTo, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record EmailChanged(string Email);

public sealed record PhoneChanged(string PhoneNumber);

/// <summary>The problem codes of the settings the settings pages react to.</summary>
public static class SettingsProblemCodes
{
    public const string CurrentPasswordIncorrect = "current_password_incorrect";
    public const string EmailChangeNotFound = "email_change_not_found";
    public const string EmailChangeExpired = "email_change_expired";
    public const string EmailChangeUsed = "email_change_used";
}

public sealed partial class PortalClient
{
    public Task<ServiceResult<AccountSettings>> GetAccountAsync(string accessToken, CancellationToken cancellationToken) =>
        _api.SendAsync<AccountSettings>(HttpMethod.Get, "/api/portal/account", null, cancellationToken, bearerToken: accessToken);

    /// <summary>
    /// The current and the new password (twice); they go to identity-portal only. The answer is a fresh pair of tokens
    /// for this browser: every other token of the account was revoked with the change.
    /// </summary>
    public Task<ServiceResult<MemberTokens>> ChangePasswordAsync(string accessToken, string? currentPassword, string? password,
        string? passwordConfirmation, CancellationToken cancellationToken) =>
        _api.SendAsync<MemberTokens>(HttpMethod.Post, "/api/portal/account/password",
            new { currentPassword = currentPassword ?? "", password, passwordConfirmation }, cancellationToken, bearerToken: accessToken);

    public Task<ServiceResult<AccountName>> ChangeNameAsync(string accessToken, string? familyName, string? givenName, CancellationToken cancellationToken) =>
        _api.SendAsync<AccountName>(HttpMethod.Put, "/api/portal/account/name", new { familyName, givenName }, cancellationToken, bearerToken: accessToken);

    /// <summary>Mails a code to the new address; the account keeps its address until the code is confirmed.</summary>
    public Task<ServiceResult<EmailChangeStarted>> StartEmailChangeAsync(string accessToken, string? email, CancellationToken cancellationToken) =>
        _api.SendAsync<EmailChangeStarted>(HttpMethod.Post, "/api/portal/account/email-changes", new { email }, cancellationToken, bearerToken: accessToken);

    public Task<ServiceResult<EmailChangeStarted>> ResendEmailChangeCodeAsync(string accessToken, Guid emailChangeId, CancellationToken cancellationToken) =>
        _api.SendAsync<EmailChangeStarted>(HttpMethod.Post, $"/api/portal/account/email-changes/{emailChangeId}/email-code", null, cancellationToken,
            bearerToken: accessToken);

    public Task<ServiceResult<EmailChanged>> ConfirmEmailChangeAsync(string accessToken, Guid emailChangeId, string? code, CancellationToken cancellationToken) =>
        _api.SendAsync<EmailChanged>(HttpMethod.Post, $"/api/portal/account/email-changes/{emailChangeId}/confirmation", new { code }, cancellationToken,
            bearerToken: accessToken);

    /// <summary>A code to the new number by SMS or voice call (STEP 2's mechanism); the account keeps its number until it is verified.</summary>
    public Task<ServiceResult<PhoneCodeSent>> SendPhoneChangeCodeAsync(string accessToken, string? phoneNumber, string channel, CancellationToken cancellationToken) =>
        _api.SendAsync<PhoneCodeSent>(HttpMethod.Post, "/api/portal/account/phone", new { phoneNumber, channel }, cancellationToken, bearerToken: accessToken);

    public Task<ServiceResult<PhoneChanged>> VerifyPhoneChangeAsync(string accessToken, string? code, CancellationToken cancellationToken) =>
        _api.SendAsync<PhoneChanged>(HttpMethod.Post, "/api/portal/account/phone/verification", new { code }, cancellationToken, bearerToken: accessToken);
}
