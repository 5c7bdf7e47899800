using System.Diagnostics.Metrics;

namespace Onboarding.IdentityPortal.Application;

/// <summary>STEP 2 and the sign-in that begins STEP 3, for the operators' funnel and for spotting password guessing.</summary>
public sealed class PortalMetrics
{
    public const string MeterName = "Onboarding.IdentityPortal";

    private readonly Counter<long> _signupsStarted;
    private readonly Counter<long> _accountsCreated;
    private readonly Counter<long> _signInCodesSent;
    private readonly Counter<long> _signIns;
    private readonly Counter<long> _signInFailures;
    private readonly Counter<long> _lockouts;
    private readonly Counter<long> _passwordResetCodesSent;
    private readonly Counter<long> _passwordResets;
    private readonly Counter<long> _accountsDeleted;
    private readonly Counter<long> _passwordChanges;

    public PortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _signupsStarted = meter.CreateCounter<long>("onboarding.signups.started", "{signup}", "STEP 2 sign-ups started");
        _accountsCreated = meter.CreateCounter<long>("onboarding.portal_accounts.created_here", "{account}", "STEP 2 portal accounts created");
        _signInCodesSent = meter.CreateCounter<long>("onboarding.sign_in.codes_sent", "{code}", "Sign-in codes asked for (for any address)");
        _signIns = meter.CreateCounter<long>("onboarding.sign_ins", "{sign_in}", "Completed sign-ins, by method");
        _signInFailures = meter.CreateCounter<long>("onboarding.sign_in.failures", "{failure}", "Refused sign-ins, by method and reason");
        _lockouts = meter.CreateCounter<long>("onboarding.sign_in.lockouts", "{lockout}", "Addresses locked after repeated wrong passwords");
        _passwordResetCodesSent = meter.CreateCounter<long>("onboarding.password_reset.codes_sent", "{code}", "Password reset codes asked for (for any address)");
        _passwordResets = meter.CreateCounter<long>("onboarding.password_resets", "{reset}", "Passwords replaced by a reset (every token of the account revoked)");
        _accountsDeleted = meter.CreateCounter<long>("onboarding.portal_accounts.deleted_here", "{account}", "Portal accounts deleted at the member's request");
        _passwordChanges = meter.CreateCounter<long>("onboarding.password_changes", "{change}", "Passwords changed from the settings (every other sitting revoked)");
    }

    public void SignupStarted() => _signupsStarted.Add(1);
    public void AccountCreated() => _accountsCreated.Add(1);
    public void SignInCodeSent() => _signInCodesSent.Add(1);
    public void SignedIn(string method) => _signIns.Add(1, new KeyValuePair<string, object?>("method", method));
    public void SignInRefused(string method, string reason) =>
        _signInFailures.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("reason", reason));
    public void LockedOut() => _lockouts.Add(1);
    public void PasswordResetCodeSent() => _passwordResetCodesSent.Add(1);
    public void PasswordResetCompleted() => _passwordResets.Add(1);
    public void AccountDeleted() => _accountsDeleted.Add(1);
    public void PasswordChanged() => _passwordChanges.Add(1);
}
