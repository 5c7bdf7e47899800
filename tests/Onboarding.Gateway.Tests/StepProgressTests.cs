using Onboarding.Gateway.Journey;

namespace Onboarding.Gateway.Tests;

public sealed class StepProgressTests
{
    [Fact]
    public void Before_starting_every_step_remains()
    {
        Assert.All(StepProgress.Steps, step => Assert.Equal(StepState.Remaining, StepProgress.NotStarted.StateOf(step)));
    }

    [Fact]
    public void On_a_step_the_earlier_ones_are_done_and_the_later_ones_remain()
    {
        var progress = StepProgress.At(JourneyStep.PortalRegistration);

        Assert.Equal(StepState.Done, progress.StateOf(JourneyStep.EmailConfirmation));
        Assert.Equal(StepState.Current, progress.StateOf(JourneyStep.PortalRegistration));
        Assert.Equal(StepState.Remaining, progress.StateOf(JourneyStep.WalletAuthentication));
    }

    [Fact]
    public void When_completed_every_step_is_done()
    {
        Assert.All(StepProgress.Steps, step => Assert.Equal(StepState.Done, StepProgress.Completed.StateOf(step)));
    }

    [Fact]
    public void The_steps_come_in_the_order_of_the_notice()
    {
        Assert.Equal([JourneyStep.EmailConfirmation, JourneyStep.PortalRegistration, JourneyStep.WalletAuthentication], StepProgress.Steps);
    }

    [Fact]
    public void Out_of_order_claims_nothing_done()
    {
        var progress = StepProgress.OutOfOrder(JourneyStep.PortalRegistration);

        Assert.Equal(StepState.Remaining, progress.StateOf(JourneyStep.EmailConfirmation));
        Assert.Equal(StepState.Current, progress.StateOf(JourneyStep.PortalRegistration));
    }
}
