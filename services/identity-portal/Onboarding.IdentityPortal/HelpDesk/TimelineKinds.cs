namespace Onboarding.IdentityPortal.HelpDesk;

/// <summary>
/// The kinds of entry identity-portal puts in a member's help-desk timeline (docs/api.md, "The help desk"). Stable:
/// the operator console names each in the staff member's language.
/// </summary>
public static class TimelineKinds
{
    public const string SignupStarted = "signup.started";
    public const string SignupEmailCodeSent = "signup.email-code.sent";
    public const string SignupEmailVerified = "signup.email-verified";
    public const string SignupProfileSet = "signup.profile-set";
    public const string SignupPhoneCodeSent = "signup.phone-code.sent";
    public const string SignupPhoneVerified = "signup.phone-verified";

    /// <summary>A sign-up that ended without an account (its hour ran out).</summary>
    public const string SignupExpired = "signup.expired";

    public const string AccountCreated = "account.created";
    public const string SignInStarted = "sign-in.started";
    public const string SignInCodeSent = "sign-in.code.sent";
    public const string SignInCompleted = "sign-in.completed";

    /// <summary>The last wrong password counted against the account's address (only the count is kept, not each try).</summary>
    public const string PasswordFailed = "sign-in.password-failed";
    public const string PasswordLocked = "sign-in.password-locked";

    public const string PasswordResetStarted = "password-reset.started";
    public const string PasswordResetCodeSent = "password-reset.code.sent";
    public const string PasswordResetCompleted = "password-reset.completed";
    public const string EmailChangeRequested = "email-change.requested";
    public const string EmailChangeCodeSent = "email-change.code.sent";
    public const string EmailChangeCompleted = "email-change.completed";
    public const string PhoneChangeCodeSent = "phone-change.code.sent";
    public const string AccountDeletionRequested = "account.deletion-requested";
    public const string AccountDeleted = "account.deleted";
}
