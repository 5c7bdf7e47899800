using Microsoft.AspNetCore.Authorization;

namespace Onboarding.OperatorConsole.Staff;

/// <summary>
/// Who may open what. Every page needs a second factor: the default policy asks for a sign-in completed with the
/// authenticator code (Identity's <c>amr</c> claim <c>mfa</c>), so a password alone reaches only the enrolment page
/// (<see cref="PasswordOnly"/>).
/// </summary>
public static class StaffPolicies
{
    /// <summary>Any staff member (help desk or administrator) signed in with both factors.</summary>
    public const string Staff = "Staff";

    /// <summary>Administrators signed in with both factors: staff accounts and the audit log.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Signed in with the password but not yet enrolled in TOTP: the enrolment page only.</summary>
    public const string PasswordOnly = "PasswordOnly";

    /// <summary>The claim Identity's sign-in manager adds: <c>pwd</c> after a password, <c>mfa</c> after a second factor.</summary>
    public const string AuthenticationMethodClaim = "amr";
    public const string SecondFactor = "mfa";

    public static IServiceCollection AddStaffPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(SignedInWithSecondFactor().RequireRole(StaffRoles.All).Build())
            // A page with no attribute still needs staff with both factors: nothing is open by accident.
            .SetFallbackPolicy(SignedInWithSecondFactor().RequireRole(StaffRoles.All).Build())
            .AddPolicy(Staff, policy => policy.Combine(SignedInWithSecondFactor().RequireRole(StaffRoles.All).Build()))
            .AddPolicy(Administrator, policy => policy.Combine(SignedInWithSecondFactor().RequireRole(StaffRoles.Administrator).Build()))
            .AddPolicy(PasswordOnly, policy => policy.RequireAuthenticatedUser())
            .Services;

    private static AuthorizationPolicyBuilder SignedInWithSecondFactor() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(AuthenticationMethodClaim, SecondFactor);
}
