using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Portal;

/// <summary>The stable problem codes of the password sign-in the password page reacts to.</summary>
public static class PasswordProblemCodes
{
    public const string InvalidCredentials = "invalid_credentials";
}

public sealed partial class PortalClient
{
    /// <summary>
    /// Password sign-in (パスワードでログイン): the member's tokens, or the same 401 for an unknown address and a wrong
    /// password. The password goes to identity-portal only and is never kept by the gateway. It is always sent, empty if
    /// nothing was typed: without one, the same endpoint would start a sign-in by e-mailed code instead.
    /// </summary>
    public Task<ServiceResult<MemberTokens>> SignInWithPasswordAsync(string? email, string? password, CancellationToken cancellationToken) =>
        _api.SendAsync<MemberTokens>(HttpMethod.Post, "/api/portal/sign-ins", new { email, password = password ?? "" }, cancellationToken);
}

// The shapes of identity-portal's password reset (パスワードをお忘れの方), as the gateway reads them.

public sealed record PasswordResetStarted(Guid PasswordResetId, string SentTo, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record PasswordChanged(DateTimeOffset ChangedAt);

/// <summary>The problem codes of the password reset the reset pages react to (the code ones are shared with sign-up).</summary>
public static class PasswordResetProblemCodes
{
    public const string NotFound = "password_reset_not_found";
    public const string Expired = "password_reset_expired";
    public const string Used = "password_reset_used";
}

public sealed partial class PortalClient
{
    /// <summary>The same answer whether or not the address has an account, so the page cannot tell either.</summary>
    public Task<ServiceResult<PasswordResetStarted>> StartPasswordResetAsync(string? email, CancellationToken cancellationToken) =>
        _api.SendAsync<PasswordResetStarted>(HttpMethod.Post, "/api/portal/password-resets", new { email }, cancellationToken);

    public Task<ServiceResult<PasswordResetStarted>> ResendPasswordResetCodeAsync(Guid passwordResetId, CancellationToken cancellationToken) =>
        _api.SendAsync<PasswordResetStarted>(HttpMethod.Post, $"/api/portal/password-resets/{passwordResetId}/email-code", null, cancellationToken);

    /// <summary>The mailed code and the new password (twice); the password goes to identity-portal only.</summary>
    public Task<ServiceResult<PasswordChanged>> CompletePasswordResetAsync(Guid passwordResetId, string? code, string? password,
        string? passwordConfirmation, CancellationToken cancellationToken) =>
        _api.SendAsync<PasswordChanged>(HttpMethod.Post, $"/api/portal/password-resets/{passwordResetId}/completion",
            new { code, password, passwordConfirmation }, cancellationToken);
}
