using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Onboarding.Gateway.Step1;

/// <summary>
/// A successful lookup, carried from screen to screen: what the confirmation and e-mail screens show, and the id the
/// passcode is requested with. <see cref="LastChallengeId"/> lets the e-mail screen point back to a code already sent.
/// </summary>
public sealed record LookupState(
    Guid LookupId,
    string MaskedName,
    string? MaskedRegisteredEmail,
    DateTimeOffset ExpiresAt,
    Guid? LastChallengeId = null)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}

/// <summary>STEP 1 done in this browser: the address the member proved they receive mail at.</summary>
public sealed record ConfirmedEmailState(string Email, DateTimeOffset ConfirmedAt);

/// <summary>What a page found in the member's lookup cookie.</summary>
public enum LookupStatus
{
    /// <summary>No lookup in this browser (never started, cancelled, or the cookie was tampered with).</summary>
    Missing,

    /// <summary>There was a lookup, but its time (30 minutes, set by the service) is over.</summary>
    Expired,

    Valid,
}

/// <summary>
/// Keeps the STEP 1 state between screens in HttpOnly cookies encrypted and signed with ASP.NET Core Data Protection,
/// so nothing personal travels in URLs and nothing is kept on the gateway (any replica can serve the next screen,
/// given the shared key ring). The cookies live for the browser session; the payloads also carry their own time limit.
/// </summary>
public sealed class Step1State(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string LookupCookieName = ".Onboarding.Step1.Lookup";
    public const string ConfirmedCookieName = ".Onboarding.Step1.Confirmed";

    // Long enough after the lookup's own expiry to say "expired" rather than "not found".
    private static readonly TimeSpan LookupPayloadLifetime = TimeSpan.FromHours(12);
    private static readonly TimeSpan ConfirmedPayloadLifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector _lookupProtector =
        dataProtection.CreateProtector("Onboarding.Gateway.Step1.Lookup.v1").ToTimeLimitedDataProtector();

    private readonly ITimeLimitedDataProtector _confirmedProtector =
        dataProtection.CreateProtector("Onboarding.Gateway.Step1.Confirmed.v1").ToTimeLimitedDataProtector();

    public DateTimeOffset Now => clock.GetUtcNow();

    public (LookupStatus Status, LookupState? Lookup) ReadLookup(HttpRequest request)
    {
        var lookup = Read<LookupState>(request, LookupCookieName, _lookupProtector);
        return lookup switch
        {
            null => (LookupStatus.Missing, null),
            _ when lookup.IsExpired(Now) => (LookupStatus.Expired, lookup),
            _ => (LookupStatus.Valid, lookup),
        };
    }

    public void WriteLookup(HttpResponse response, LookupState lookup) =>
        Write(response, LookupCookieName, _lookupProtector, lookup, LookupPayloadLifetime);

    public void ClearLookup(HttpResponse response) => Delete(response, LookupCookieName);

    public ConfirmedEmailState? ReadConfirmed(HttpRequest request) =>
        Read<ConfirmedEmailState>(request, ConfirmedCookieName, _confirmedProtector);

    public void WriteConfirmed(HttpResponse response, ConfirmedEmailState confirmed) =>
        Write(response, ConfirmedCookieName, _confirmedProtector, confirmed, ConfirmedPayloadLifetime);

    private T? Read<T>(HttpRequest request, string name, ITimeLimitedDataProtector protector) where T : class
    {
        if (!request.Cookies.TryGetValue(name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            var json = protector.Unprotect(value, out var expiration);
            return expiration <= Now ? null : JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            // From an old key ring, another site, or tampered with: as good as no cookie.
            return null;
        }
    }

    private void Write<T>(HttpResponse response, string name, ITimeLimitedDataProtector protector, T value, TimeSpan lifetime) =>
        response.Cookies.Append(name, protector.Protect(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), Now + lifetime), Options(response));

    private static void Delete(HttpResponse response, string name) => response.Cookies.Delete(name, Options(response));

    private static CookieOptions Options(HttpResponse response) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        // Lax: the passcode mail's link is a top-level GET from another site, and it must keep working.
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        Path = "/",
    };
}
