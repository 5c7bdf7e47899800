using Onboarding.Contracts;
namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// The address a member confirmed in STEP 1 (from <c>MemberEmailConfirmed</c>), one row per member: a later
/// confirmation replaces the older address. Only a confirmed address can sign up for the portal.
/// </summary>
public sealed class ConfirmedAddress
{
    public Guid MemberId { get; init; }
    public required string MemberNumber { get; set; }

    /// <summary>Normalised as <see cref="EmailAddress.Normalize"/> does.</summary>
    public required string Email { get; set; }

    public DateTimeOffset ConfirmedAt { get; set; }

    /// <summary>The member's portal account once STEP 2 has created it; sign-up is then refused with <c>account_exists</c>.</summary>
    public Guid? AccountId { get; set; }
}
