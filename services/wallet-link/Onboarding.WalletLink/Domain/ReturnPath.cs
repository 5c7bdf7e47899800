namespace Onboarding.WalletLink.Domain;

/// <summary>
/// Where the member lands after the provider: only a path on our own site, so the callback can never be turned into
/// an open redirect (<c>//evil.example</c>, <c>https://…</c>, <c>/\evil</c> are refused).
/// </summary>
public static class ReturnPath
{
    public const string Default = "/step3/mypage";
    public const int MaxLength = 200;

    public static bool IsSafe(string? path) =>
        !string.IsNullOrEmpty(path) && path.Length <= MaxLength && path[0] == '/' &&
        !path.StartsWith("//") && !path.StartsWith("/\\") && !path.Contains("://") &&
        path.All(c => c is > ' ' and < (char)127 && c != '\\');

    /// <summary>The return path with the outcome for the mypage to explain (<c>?link=linked</c>, <c>denied</c>, …).</summary>
    public static string WithOutcome(string path, string outcome) =>
        path + (path.Contains('?') ? '&' : '?') + "link=" + outcome;
}
