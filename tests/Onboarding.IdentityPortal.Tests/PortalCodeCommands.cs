using System.Text.Json;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

public static class PortalCodeCommands
{
    /// <summary>The e-mail code of the <paramref name="nth"/> (1-based) <c>SendPortalEmailCode</c> for this sign-up.</summary>
    public static async Task<string> CodeForAsync(this NotificationQueueTap tap, Guid signupId, int nth = 1)
    {
        await tap.WaitForAsync(_ => CodesFor(tap, signupId).Count() >= nth);
        return CodesFor(tap, signupId).ElementAt(nth - 1).GetProperty("code").GetString()!;
    }

    /// <summary>The <paramref name="nth"/> (1-based) <c>SendPhoneCode</c> to this E.164 number.</summary>
    public static async Task<JsonElement> PhoneCodeForAsync(this NotificationQueueTap tap, string e164, int nth = 1)
    {
        await tap.WaitForAsync(_ => PhoneCodesFor(tap, e164).Count() >= nth);
        return PhoneCodesFor(tap, e164).ElementAt(nth - 1);
    }

    /// <summary>The code of the <paramref name="nth"/> (1-based) <c>SendSignInEmailCode</c> for this sign-in.</summary>
    public static async Task<string> SignInCodeForAsync(this NotificationQueueTap tap, Guid signInId, int nth = 1)
    {
        await tap.WaitForAsync(_ => SignInCodesFor(tap, signInId).Count() >= nth);
        return SignInCodesFor(tap, signInId).ElementAt(nth - 1).GetProperty("code").GetString()!;
    }

    private static IEnumerable<JsonElement> SignInCodesFor(NotificationQueueTap tap, Guid signInId) =>
        tap.Seen.Where(m => m.TryGetProperty("signInId", out var id) && id.GetGuid() == signInId)
            .OrderBy(m => m.GetProperty("expiresAt").GetDateTimeOffset());

    private static IEnumerable<JsonElement> PhoneCodesFor(NotificationQueueTap tap, string e164) =>
        tap.Seen.Where(m => m.TryGetProperty("phoneNumberE164", out var number) && number.GetString() == e164)
            .OrderBy(m => m.GetProperty("expiresAt").GetDateTimeOffset());

    private static IEnumerable<JsonElement> CodesFor(NotificationQueueTap tap, Guid signupId) =>
        tap.Seen.Where(m => m.TryGetProperty("signupId", out var id) && id.GetGuid() == signupId)
            .OrderBy(m => m.GetProperty("expiresAt").GetDateTimeOffset());
}
