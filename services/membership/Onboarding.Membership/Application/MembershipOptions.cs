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
}
