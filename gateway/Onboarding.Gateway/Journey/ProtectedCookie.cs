using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Onboarding.Gateway.Journey;

/// <summary>
/// One piece of journey state in an HttpOnly cookie, encrypted and signed with ASP.NET Core Data Protection (so any
/// gateway replica sharing the key ring can read it) and carrying its own time limit. A cookie from an old key ring,
/// another site, past its limit or tampered with reads as no cookie.
/// </summary>
public sealed class ProtectedCookie<T>(IDataProtectionProvider dataProtection, string name, string purpose, TimeSpan lifetime)
    where T : class
{
    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector(purpose).ToTimeLimitedDataProtector();

    public string Name => name;

    public T? Read(HttpRequest request, DateTimeOffset now)
    {
        if (!request.Cookies.TryGetValue(name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            var json = _protector.Unprotect(value, out var expiration);
            return expiration <= now ? null : JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(HttpResponse response, T value, DateTimeOffset now) =>
        response.Cookies.Append(name, _protector.Protect(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), now + lifetime), Options(response));

    public void Delete(HttpResponse response) => response.Cookies.Delete(name, Options(response));

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
