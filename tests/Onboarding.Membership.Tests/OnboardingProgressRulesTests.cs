using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Tests;

/// <summary>The progress rules without a database: facts in any order, completion once, unlinks never un-complete.</summary>
public sealed class OnboardingProgressRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
    private static readonly Guid AccountId = Guid.NewGuid();

    [Fact]
    public void Steps_in_any_order_complete_once_at_the_time_of_the_last_step()
    {
        var progress = new OnboardingProgress { MemberId = Guid.NewGuid() };
        progress.RecordWalletLinked("pokepay", T0.AddMinutes(20), T0);
        Assert.False(progress.TryComplete());
        progress.RecordEmailConfirmed(T0, T0);
        Assert.False(progress.TryComplete());
        progress.RecordPortalAccountCreated(AccountId, T0.AddMinutes(10), T0);

        Assert.True(progress.TryComplete());
        Assert.Equal(T0.AddMinutes(20), progress.CompletedAt);
        Assert.False(progress.TryComplete());
    }

    [Fact]
    public void An_unlink_clears_the_link_but_not_the_completion()
    {
        var progress = Completed();
        progress.RecordWalletUnlinked(T0.AddMinutes(30), T0);

        Assert.False(progress.IsWalletLinked);
        Assert.Equal(T0.AddMinutes(20), progress.CompletedAt);
        Assert.False(progress.TryComplete());

        progress.RecordWalletLinked("pokepay", T0.AddMinutes(40), T0);
        Assert.True(progress.IsWalletLinked);
        Assert.Equal(T0.AddMinutes(20), progress.CompletedAt);
    }

    [Fact]
    public void An_older_link_arriving_after_a_newer_unlink_does_not_relink()
    {
        var progress = new OnboardingProgress { MemberId = Guid.NewGuid() };
        progress.RecordWalletUnlinked(T0.AddMinutes(30), T0);
        progress.RecordWalletLinked("pokepay", T0.AddMinutes(20), T0);

        Assert.False(progress.IsWalletLinked);
        Assert.Equal(T0.AddMinutes(20), progress.WalletLinkedAt);
    }

    [Fact]
    public void A_repeated_account_event_keeps_the_first_account()
    {
        var progress = new OnboardingProgress { MemberId = Guid.NewGuid() };
        progress.RecordPortalAccountCreated(AccountId, T0, T0);
        progress.RecordPortalAccountCreated(Guid.NewGuid(), T0.AddMinutes(5), T0);

        Assert.Equal(AccountId, progress.PortalAccountId);
        Assert.Equal(T0, progress.PortalAccountCreatedAt);
    }

    private static OnboardingProgress Completed()
    {
        var progress = new OnboardingProgress { MemberId = Guid.NewGuid() };
        progress.RecordEmailConfirmed(T0, T0);
        progress.RecordPortalAccountCreated(AccountId, T0.AddMinutes(10), T0);
        progress.RecordWalletLinked("pokepay", T0.AddMinutes(20), T0);
        Assert.True(progress.TryComplete());
        return progress;
    }
}
