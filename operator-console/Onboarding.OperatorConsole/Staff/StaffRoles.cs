namespace Onboarding.OperatorConsole.Staff;

/// <summary>
/// The two roles. Help desk staff find and help members; administrators also manage staff accounts and read and export
/// the audit log. Pages ask for a policy (<see cref="StaffPolicies"/>), never for a role by name.
/// </summary>
public static class StaffRoles
{
    public const string HelpDesk = "HelpDesk";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [HelpDesk, Administrator];
}
