namespace Onboarding.OperatorConsole.Audit;

/// <summary>
/// What an audit entry records, as stored (stable, dotted, lower-case; shown translated on the audit page through
/// <c>ConsoleText.AuditAction</c>). Pages that open a member's data or act for a member add their own here.
/// </summary>
public static class AuditActions
{
    // Staff sign-in
    public const string SignedIn = "staff.signed-in";
    public const string SignInFailed = "staff.sign-in-failed";
    public const string LockedOut = "staff.locked-out";
    public const string SignedOut = "staff.signed-out";
    public const string AuthenticatorEnrolled = "staff.authenticator-enrolled";

    // Staff accounts
    public const string StaffSeeded = "staff.seeded";
    public const string StaffCreated = "staff.created";
    public const string StaffDisabled = "staff.disabled";
    public const string StaffSignInReset = "staff.sign-in-reset";

    // The audit log itself
    public const string AuditExported = "audit.exported";

    // Members (for the help-desk pages): every opening of a member's personal data, and every action for a member.
    public const string MembersSearched = "members.searched";
    public const string MemberOpened = "member.opened";
    public const string MemberUnlocked = "member.unlocked";
    public const string MemberPasscodeResent = "member.passcode-resent";
    public const string MemberHelped = "member.helped";

    /// <summary>The actions recorded with a member id as subject: the member page's history of what staff did.</summary>
    public static readonly IReadOnlyList<string> ForAMember = [MemberOpened, MemberUnlocked, MemberPasscodeResent, MemberHelped];

    // Operations (funnel, reminders, roster, parked messages): each recorded before it is done or its data shown.
    public const string FunnelMembersExported = "funnel.members-exported";
    public const string ReminderWaveReleased = "reminders.wave-released";
    public const string RosterImported = "roster.imported";
    public const string MessagesRedriven = "messages.redriven";

    public static readonly IReadOnlyList<string> All =
        [SignedIn, SignInFailed, LockedOut, SignedOut, AuthenticatorEnrolled, StaffSeeded, StaffCreated, StaffDisabled, StaffSignInReset, AuditExported,
         MembersSearched, .. ForAMember, FunnelMembersExported, ReminderWaveReleased, RosterImported, MessagesRedriven];
}
