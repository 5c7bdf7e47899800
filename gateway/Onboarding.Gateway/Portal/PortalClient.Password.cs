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
