using Microsoft.AspNetCore.Identity;

namespace Onboarding.OperatorConsole.Staff;

/// <summary>
/// A member of co-op staff with a console account: user name, password hash, authenticator key (TOTP), lock-out
/// counters (all Identity's), and when an administrator disabled the account, if one did. A disabled account is kept,
/// never deleted, so that the audit log's entries keep naming an account that existed.
/// </summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>The last authenticator code accepted (hashed) and when, so that it is not accepted twice.</summary>
    public string? LastAuthenticatorCodeHash { get; set; }

    public DateTimeOffset? LastAuthenticatorCodeAt { get; set; }
}
