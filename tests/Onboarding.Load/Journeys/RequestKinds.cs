using System.Text.RegularExpressions;

namespace Onboarding.Load.Journeys;

/// <summary>
/// The name a request's latency is filed under: method, site and path with ids and query left out
/// (<c>POST gateway /step1/passcode/{id}</c>), so that every member's same page lands in the same histogram.
/// </summary>
public static partial class RequestKinds
{
    public static string Of(HttpMethod method, string site, Uri url) =>
        site.Length == 0 ? $"{method.Method} {PathOf(url)}" : $"{method.Method} {site} {PathOf(url)}";

    public static string PathOf(Uri url) => Ids().Replace(url.AbsolutePath, "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex Ids();
}
