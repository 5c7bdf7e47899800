using Microsoft.Net.Http.Headers;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>The member's language from <c>Accept-Language</c> (the gateway forwards the UI's choice): en or ja (default).</summary>
public static class MemberCulture
{
    public static string Of(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value ?? "")
            .FirstOrDefault(language => language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                                     || language.StartsWith("ja", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "ja";
    }
}
