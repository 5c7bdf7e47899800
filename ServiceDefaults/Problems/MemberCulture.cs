using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Onboarding.ServiceDefaults.Problems;

/// <summary>The member's language from <c>Accept-Language</c> (the gateway forwards the UI's choice): en or ja (default).</summary>
public static class MemberCulture
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static string Of(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value ?? "")
            .FirstOrDefault(language => language.StartsWith(English, StringComparison.OrdinalIgnoreCase)
                                     || language.StartsWith(Japanese, StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith(English, StringComparison.OrdinalIgnoreCase) == true ? English : Japanese;
    }
}
