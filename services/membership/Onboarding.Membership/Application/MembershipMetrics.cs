using System.Diagnostics.Metrics;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Application;

/// <summary>
/// The onboarding funnel for the operators' dashboard: STEP 1 as it happens here, STEPs 2–3 as their events arrive
/// (counted once per delivered message; the inbox drops redeliveries), and completions.
/// </summary>
public sealed class MembershipMetrics
{
    public const string MeterName = "Onboarding.Membership";

    private readonly Counter<long> _lookups;
    private readonly Counter<long> _lockouts;
    private readonly Counter<long> _lookupFailures;
    private readonly Counter<long> _clientLockouts;
    private readonly Counter<long> _unlocks;
    private readonly Counter<long> _passcodesSent;
    private readonly Counter<long> _passcodeChecks;
    private readonly Counter<long> _passcodeSendsRepeated;
    private readonly Counter<long> _portalAccountsCreated;
    private readonly Counter<long> _walletsLinked;
    private readonly Counter<long> _walletsUnlinked;
    private readonly Counter<long> _portalAccountsDeleted;
    private readonly Counter<long> _onboardingsCompleted;

    public MembershipMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _lookups = meter.CreateCounter<long>("onboarding.lookups", "{lookup}", "Member-number lookups by outcome");
        _lockouts = meter.CreateCounter<long>("onboarding.lookup.lockouts", "{lockout}", "Member numbers locked after repeated wrong birth dates");
        // System-wide, whoever guesses: a rise of this rate with few client lock-outs means guessing spread over many
        // addresses, which no per-client budget sees.
        _lookupFailures = meter.CreateCounter<long>("onboarding.lookup.failures", "{lookup}", "Failed lookups (unknown number or wrong birth date), all clients together");
        _clientLockouts = meter.CreateCounter<long>("onboarding.lookup.client_lockouts", "{lockout}", "Clients (address or IPv6 /64) refused after too many failed lookups");
        _unlocks = meter.CreateCounter<long>("onboarding.lookup.unlocks", "{unlock}", "Member numbers unlocked by the help desk");
        _passcodesSent = meter.CreateCounter<long>("onboarding.passcodes.sent", "{passcode}", "STEP 1 passcodes sent, by target");
        _passcodeChecks = meter.CreateCounter<long>("onboarding.passcodes.checked", "{check}", "STEP 1 passcode checks by outcome");
        _passcodeSendsRepeated = meter.CreateCounter<long>("onboarding.passcodes.repeated_sends", "{request}",
            "STEP 1 send requests answered with the code a moment-earlier press sent (no second mail)");
        _portalAccountsCreated = meter.CreateCounter<long>("onboarding.portal_accounts.created", "{account}", "STEP 2 portal accounts created, as seen by membership");
        _walletsLinked = meter.CreateCounter<long>("onboarding.wallets.linked", "{link}", "STEP 3 wallet links, as seen by membership");
        _walletsUnlinked = meter.CreateCounter<long>("onboarding.wallets.unlinked", "{unlink}", "Wallet unlinks, as seen by membership");
        _portalAccountsDeleted = meter.CreateCounter<long>("onboarding.portal_accounts.deleted", "{account}", "Portal accounts deleted by their members, as seen by membership");
        _onboardingsCompleted = meter.CreateCounter<long>("onboarding.completed", "{member}", "Members who completed all three steps (once per member)");
    }

    public void LookupSucceeded() => _lookups.Add(1, new KeyValuePair<string, object?>("outcome", "found"));
    public void LookupRejected(string reason) => _lookups.Add(1, new KeyValuePair<string, object?>("outcome", reason));
    public void Lockout() => _lockouts.Add(1);
    public void LookupFailed() => _lookupFailures.Add(1);
    public void ClientLockout() => _clientLockouts.Add(1);
    public void Unlocked() => _unlocks.Add(1);
    public void PasscodeSent(PasscodeTarget target) => _passcodesSent.Add(1, new KeyValuePair<string, object?>("target", target.ToString()));
    public void PasscodeVerified() => _passcodeChecks.Add(1, new KeyValuePair<string, object?>("outcome", "confirmed"));
    public void PasscodeSendRepeated() => _passcodeSendsRepeated.Add(1);
    public void PasscodeVerificationRepeated() => _passcodeChecks.Add(1, new KeyValuePair<string, object?>("outcome", "repeated"));
    public void PasscodeRejected(PasscodeCheck check) => _passcodeChecks.Add(1, new KeyValuePair<string, object?>("outcome", check.ToString()));
    public void PortalAccountCreated() => _portalAccountsCreated.Add(1);
    public void WalletLinked(string provider) => _walletsLinked.Add(1, new KeyValuePair<string, object?>("provider", provider));
    public void WalletUnlinked(string provider) => _walletsUnlinked.Add(1, new KeyValuePair<string, object?>("provider", provider));
    public void PortalAccountDeleted() => _portalAccountsDeleted.Add(1);
    public void OnboardingCompleted() => _onboardingsCompleted.Add(1);
}
