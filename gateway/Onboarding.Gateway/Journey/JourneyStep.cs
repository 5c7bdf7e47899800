namespace Onboarding.Gateway.Journey;

/// <summary>The three steps a member completes, in this order (docs/architecture.md §1).</summary>
public enum JourneyStep
{
    EmailConfirmation = 1,
    PortalRegistration = 2,
    WalletAuthentication = 3,
}

public enum StepState
{
    Done,
    Current,
    Remaining,
}
