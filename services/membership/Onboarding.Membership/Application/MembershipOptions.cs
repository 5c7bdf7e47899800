using System.ComponentModel.DataAnnotations;

namespace Onboarding.Membership.Application;

public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>The member UI's public address (the gateway), for links in mails.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>A secret of at least 32 characters that passcode hashes are keyed with (an Aspire secret parameter).</summary>
    [Required]
    public string PasscodeKey { get; set; } = "";

    /// <summary>Seed the development members (README) during the migrate step.</summary>
    public bool SeedDevelopmentMembers { get; set; }

    /// <summary>
    /// Failed lookups one client (an IPv4 address or an IPv6 /64) may make per <see cref="ClientLookupWindow"/>, over
    /// all member numbers, before every lookup from it is refused with 429 until the window ends. An honest member
    /// needs at most 5 (their own number locks after that); 20 leaves room for a few members behind one address (a
    /// family, a lab PC, a small NAT) while cutting one client from unlimited guesses to about 480 a day. Raise it
    /// when a whole campus reaches the service through one NAT address.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ClientLookupFailures { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ClientLookupWindow { get; set; } = TimeSpan.FromHours(1);
}
