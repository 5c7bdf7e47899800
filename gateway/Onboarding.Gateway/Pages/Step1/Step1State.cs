using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Pages.Step1;

/// <summary>
/// A successful lookup, carried from screen to screen: what the confirmation and e-mail screens show, and the id the
/// passcode is requested with. <see cref="LastChallengeId"/> lets the e-mail screen point back to a code already sent.
/// </summary>
public sealed record LookupState(
    Guid LookupId,
    string MaskedName,
    string? MaskedRegisteredEmail,
    DateTimeOffset ExpiresAt,
    Guid? LastChallengeId = null,
    string? Coop = null)
{
    /// <summary>What the lookup answer says; <see cref="Coop"/> lets the help text name the member's co-op (Coops/MemberCoop.cs).</summary>
    public static LookupState Of(LookupCreated lookup) =>
        new(lookup.LookupId, lookup.MaskedName, lookup.MaskedRegisteredEmail, lookup.ExpiresAt, Coop: lookup.Coop);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}

/// <summary>
/// STEP 1 done in this browser: the address the member proved they receive mail at, and their co-op (so that STEP 2
/// and STEP 3 can still name whom to contact once the lookup is gone; Coops/MemberCoop.cs).
/// </summary>
public sealed record ConfirmedEmailState(string Email, DateTimeOffset ConfirmedAt, string? Coop = null);

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

    private readonly ProtectedCookie<LookupState> _lookup =
        new(dataProtection, LookupCookieName, "Onboarding.Gateway.Step1.Lookup.v1", LookupPayloadLifetime);

    private readonly ProtectedCookie<ConfirmedEmailState> _confirmed =
        new(dataProtection, ConfirmedCookieName, "Onboarding.Gateway.Step1.Confirmed.v1", ConfirmedPayloadLifetime);

    public DateTimeOffset Now => clock.GetUtcNow();

    public (LookupStatus Status, LookupState? Lookup) ReadLookup(HttpRequest request)
    {
        var lookup = _lookup.Read(request, Now);
        return lookup switch
        {
            null => (LookupStatus.Missing, null),
            _ when lookup.IsExpired(Now) => (LookupStatus.Expired, lookup),
            _ => (LookupStatus.Valid, lookup),
        };
    }

    public void WriteLookup(HttpResponse response, LookupState lookup) => _lookup.Write(response, lookup, Now);

    public void ClearLookup(HttpResponse response) => _lookup.Delete(response);

    public ConfirmedEmailState? ReadConfirmed(HttpRequest request) => _confirmed.Read(request, Now);

    public void WriteConfirmed(HttpResponse response, ConfirmedEmailState confirmed) => _confirmed.Write(response, confirmed, Now);
}
