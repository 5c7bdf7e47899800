using Microsoft.AspNetCore.WebUtilities;

namespace Onboarding.WalletSandbox.Pages.Login;

/// <summary>The login pages only ever send a member back into the authorization endpoint (no open redirect).</summary>
public static class ReturnUrls
{
    private const string AuthorizePath = "/oauth/authorize";

    public static string Safe(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal) ? returnUrl : "/";

    /// <summary>
    /// The return URL once the member has chosen whom to log in as: without the client's <c>contact</c> suggestion,
    /// which would otherwise send a member who logged in with another contact back to the login page.
    /// </summary>
    public static string AfterContactChosen(string? returnUrl)
    {
        var safe = Safe(returnUrl);
        if (safe == "/") return safe;
        var parameters = QueryHelpers.ParseQuery(safe[AuthorizePath.Length..]).Where(p => p.Key != "contact");
        return QueryHelpers.AddQueryString(AuthorizePath, parameters);
    }
}
