extern alias membership;
extern alias portal;
extern alias walletlink;

using System.Text.Json.Nodes;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The services' own problem wording, read from their tables, so the fakes answer exactly as the services do and a test
/// that checks wording reads the text the member will see. Culture is "ja" or "en", as the services pick it.
/// </summary>
public static class ServiceText
{
    public static class Membership
    {
        public static string Title(string code, string culture = "ja") => membership::Onboarding.Membership.Apis.ProblemText.Title(code, culture);

        public static string Field(string key, string culture = "ja") => membership::Onboarding.Membership.Apis.ProblemText.Field(key, culture);
    }

    public static class Portal
    {
        public static string Title(string code, string culture = "ja") => portal::Onboarding.IdentityPortal.Apis.ProblemText.Title(code, culture);

        public static string Field(string key, string culture = "ja") => portal::Onboarding.IdentityPortal.Apis.ProblemText.Field(key, culture);
    }

    public static class WalletLink
    {
        public static string Title(string code, string culture = "ja") => walletlink::Onboarding.WalletLink.Apis.ProblemText.Title(code, culture);
    }

    /// <summary>The culture a service answers in: English when the browser's first choice is, Japanese otherwise.</summary>
    public static string CultureOf(string acceptLanguage) =>
        acceptLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";

    /// <summary>A problem document in the services' shape (docs/architecture.md §7), with a title given as is.</summary>
    public static JsonObject Problem(int status, string code, string title, int? attemptsRemaining = null, int? retryAfterSeconds = null)
    {
        var problem = new JsonObject { ["status"] = status, ["title"] = title, ["code"] = code };
        if (attemptsRemaining is { } remaining) problem["attemptsRemaining"] = remaining;
        if (retryAfterSeconds is { } seconds) problem["retryAfterSeconds"] = seconds;
        return problem;
    }

    /// <summary>A 400 validation problem in the services' shape: messages per field and their stable keys.</summary>
    /// <param name="field">The service's wording: (message key, culture) → message.</param>
    public static JsonObject Validation(IReadOnlyDictionary<string, string> fieldErrors, string culture,
        Func<string, string, string> title, Func<string, string, string> field)
    {
        var problem = Problem(400, "validation_failed", title("validation_failed", culture));
        var messages = new JsonObject();
        var codes = new JsonObject();
        foreach (var (name, key) in fieldErrors)
        {
            messages[name] = new JsonArray(field(key, culture));
            codes[name] = key;
        }
        problem["errors"] = messages;
        problem["errorCodes"] = codes;
        return problem;
    }
}
