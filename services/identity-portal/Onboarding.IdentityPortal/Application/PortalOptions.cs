namespace Onboarding.IdentityPortal.Application;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// A secret of at least 32 characters that e-mail code hashes are keyed with (an Aspire secret parameter).
    /// Checked when a code is first hashed, not at start-up, so the service and its migrate step run without it.
    /// </summary>
    public string CodeKey { get; set; } = "";
}
