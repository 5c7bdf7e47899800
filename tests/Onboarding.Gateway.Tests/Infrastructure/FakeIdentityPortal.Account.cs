namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>The member's own account (<c>DELETE /api/portal/accounts/me</c>): member 1's account goes, 204 also on a replay.</summary>
public sealed partial class FakeIdentityPortal
{
    public int AccountDeletions { get; private set; }

    private (int, object?) RouteAccount(string method, string[] segments) => (method, segments) switch
    {
        ("DELETE", ["api", "portal", "accounts", "me"]) => DeleteAccount(),
        _ => (404, Problem(404, "not_found", "Not found")),
    };

    private (int, object?) DeleteAccount()
    {
        _accounts.Remove(FakeMembership.Member1Email);
        AccountDeletions++;
        return (204, null);
    }
}
