using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Onboarding.OperatorConsole.Staff;

/// <summary>
/// Identity's authenticator (TOTP, RFC 6238) provider, with each code accepted once: Identity alone accepts a code
/// again for as long as its time window lasts, so a code seen over a shoulder or in a proxy log could be replayed with
/// the password. The last accepted code is kept (as a hash) with the time it was used, and the same code is refused
/// until every window it could still be valid in has passed.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<StaffUser>
{
    /// <summary>Longer than Identity accepts a code (its time step, with the steps either side).</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user)) return false;

        var now = clock.GetUtcNow();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.Id.ToString("N") + ":" + token)));
        if (user.LastAuthenticatorCodeHash == hash && user.LastAuthenticatorCodeAt > now - ReplayWindow) return false;

        user.LastAuthenticatorCodeHash = hash;
        user.LastAuthenticatorCodeAt = now;
        // The store's concurrency stamp makes two requests with the same code race: only one update wins.
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
