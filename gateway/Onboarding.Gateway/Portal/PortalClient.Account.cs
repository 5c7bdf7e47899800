using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Portal;

public sealed record AccountDeleted;

public sealed partial class PortalClient
{
    /// <summary>
    /// 退会: identity-portal deletes the member's account (its sign-ins and tokens with it) and tells the other services.
    /// Authorized by the member's access token; a replay answers 204 again.
    /// </summary>
    public Task<ServiceResult<AccountDeleted>> DeleteAccountAsync(string accessToken, CancellationToken cancellationToken) =>
        _api.SendAsync(HttpMethod.Delete, "/api/portal/accounts/me", null, cancellationToken, () => new AccountDeleted(), accessToken);
}
