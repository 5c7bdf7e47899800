using System.Diagnostics.Metrics;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Application;

/// <summary>The STEP 1 part of the onboarding funnel, for the operators' dashboard.</summary>
public sealed class MembershipMetrics
{
    public const string MeterName = "Onboarding.Membership";

    private readonly Counter<long> _lookups;
    private readonly Counter<long> _lockouts;
    private readonly Counter<long> _passcodesSent;
    private readonly Counter<long> _passcodeChecks;

    public MembershipMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _lookups = meter.CreateCounter<long>("onboarding.lookups", "{lookup}", "Member-number lookups by outcome");
        _lockouts = meter.CreateCounter<long>("onboarding.lookup.lockouts", "{lockout}", "Member numbers locked after repeated wrong birth dates");
        _passcodesSent = meter.CreateCounter<long>("onboarding.passcodes.sent", "{passcode}", "STEP 1 passcodes sent, by target");
        _passcodeChecks = meter.CreateCounter<long>("onboarding.passcodes.checked", "{check}", "STEP 1 passcode checks by outcome");
    }

    public void LookupSucceeded() => _lookups.Add(1, new KeyValuePair<string, object?>("outcome", "found"));
    public void LookupRejected(string reason) => _lookups.Add(1, new KeyValuePair<string, object?>("outcome", reason));
    public void Lockout() => _lockouts.Add(1);
    public void PasscodeSent(PasscodeTarget target) => _passcodesSent.Add(1, new KeyValuePair<string, object?>("target", target.ToString()));
    public void PasscodeVerified() => _passcodeChecks.Add(1, new KeyValuePair<string, object?>("outcome", "confirmed"));
    public void PasscodeRejected(PasscodeCheck check) => _passcodeChecks.Add(1, new KeyValuePair<string, object?>("outcome", check.ToString()));
}
