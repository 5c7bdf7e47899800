namespace Onboarding.Messaging.Retention;

/// <summary>Retention periods shared by several services' rules.</summary>
public static class Retention
{
    /// <summary>
    /// How long a short-lived row (a lookup, a code, a link attempt) is kept after it expired. Past expiry it serves
    /// no flow, but for a while a member returning to an old tab still gets "expired" rather than "not found", and
    /// replicas whose clocks differ by a few seconds never disagree about it.
    /// </summary>
    public static readonly TimeSpan AfterExpiry = TimeSpan.FromMinutes(15);
}
