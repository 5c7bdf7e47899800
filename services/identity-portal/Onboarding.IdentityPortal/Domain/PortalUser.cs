using Microsoft.AspNetCore.Identity;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>A My Portal account (ASP.NET Core Identity), created when STEP 2 completes.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public Guid MemberId { get; set; }
    public string FamilyName { get; set; } = "";
    public string GivenName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
