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

    private static IEnumerable<JsonElement> CodesFor(NotificationQueueTap tap, Guid signupId) =>
        tap.Seen.Where(m => m.TryGetProperty("signupId", out var id) && id.GetGuid() == signupId)
            .OrderBy(m => m.GetProperty("expiresAt").GetDateTimeOffset());
}
