using Onboarding.Testing.Messaging;
using System.Text.Json;
using Onboarding.Contracts.Events;
using Onboarding.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Onboarding progress on the real service, PostgreSQL and RabbitMQ: STEP 1 recorded where it happens, STEPs 2–3
/// consumed from the bus in any order, and <c>MemberOnboardingCompleted</c> published exactly once per member.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class OnboardingProgressTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private const string Provider = "pokepay";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly OnboardingFlow _flow = new(factory);

    [Fact]
    public async Task The_three_steps_in_order_complete_onboarding_and_publish_it_once()
    {
        await using var completions = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberOnboardingCompleted)));
        var member = await _flow.NewMemberAsync();

        var confirmedAt = await _flow.ConfirmEmailAsync(member);
        var afterStep1 = await _flow.ProgressAsync(member.Id);
        Assert.Equal(confirmedAt, afterStep1?.EmailConfirmedAt);
        Assert.Null(afterStep1!.CompletedAt);

        var accountId = Guid.NewGuid();
        await _flow.PublishAsync(new PortalAccountCreated(accountId, member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        var afterStep2 = await _flow.WaitForProgressAsync(member.Id, p => p.PortalAccountCreatedAt is not null, "STEP 2");
        Assert.Equal(accountId, afterStep2.PortalAccountId);
        Assert.Null(afterStep2.CompletedAt);

        await _flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet-1", confirmedAt.AddMinutes(20)));
        var completed = await _flow.WaitForProgressAsync(member.Id, p => p.CompletedAt is not null, "completion");
        Assert.True(completed.IsWalletLinked);
        Assert.Equal(confirmedAt.AddMinutes(20), completed.CompletedAt);

        var published = await completions.WaitForAsync(IsFor(member.Id));
        Assert.Equal(member.MemberNumber, published.GetProperty("memberNumber").GetString());
        Assert.Equal(confirmedAt.AddMinutes(20), published.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal(1, await completions.CountAsync(IsFor(member.Id), Settle));
    }

    [Fact]
    public async Task A_wallet_linked_before_the_portal_account_is_kept_and_completion_waits_for_the_account()
    {
        await using var completions = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberOnboardingCompleted)));
        var member = await _flow.NewMemberAsync();
        var confirmedAt = await _flow.ConfirmEmailAsync(member);

        // A retry of identity-portal's relay delivers STEP 2 after wallet-link's STEP 3.
        await _flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet-2", confirmedAt.AddMinutes(20)));
        var linkedFirst = await _flow.WaitForProgressAsync(member.Id, p => p.WalletLinkedAt is not null, "STEP 3 before STEP 2");
        Assert.Equal(confirmedAt.AddMinutes(20), linkedFirst.WalletLinkedAt);
        Assert.Null(linkedFirst.CompletedAt);
        Assert.Equal(0, await completions.CountAsync(IsFor(member.Id), Settle));

        await _flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        var completed = await _flow.WaitForProgressAsync(member.Id, p => p.CompletedAt is not null, "completion");
        Assert.Equal(confirmedAt.AddMinutes(10), completed.PortalAccountCreatedAt);
        // Completed when the member finished the last step (the link), not when the late event arrived.
        Assert.Equal(confirmedAt.AddMinutes(20), completed.CompletedAt);
        Assert.Equal(1, await completions.CountAsync(IsFor(member.Id), Settle));
    }

    [Fact]
    public async Task A_redelivered_or_repeated_last_event_publishes_the_completion_only_once()
    {
        await using var completions = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberOnboardingCompleted)));
        var member = await _flow.NewMemberAsync();
        var confirmedAt = await _flow.ConfirmEmailAsync(member);
        await _flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        await _flow.WaitForProgressAsync(member.Id, p => p.PortalAccountCreatedAt is not null, "STEP 2");

        var linked = new WalletLinked(member.Id, Provider, "wallet-3", confirmedAt.AddMinutes(20));
        var messageId = Guid.NewGuid();
        // The same message twice (a redelivery: same id, caught by the inbox) and a second publication of the same fact
        // (a new id, caught by the completed progress row), all at once.
        await Task.WhenAll(_flow.PublishAsync(linked, messageId), _flow.PublishAsync(linked, messageId), _flow.PublishAsync(linked));

        await completions.WaitForAsync(IsFor(member.Id));
        Assert.Equal(1, await completions.CountAsync(IsFor(member.Id), Settle));
        Assert.Equal(1, await _flow.InboxEntriesAsync(messageId));
    }

    [Fact]
    public async Task Last_steps_arriving_at_the_same_moment_publish_the_completion_once_per_member()
    {
        await using var completions = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberOnboardingCompleted)));
        var members = new List<OnboardingFlow.TestMember>();
        for (var i = 0; i < 4; i++)
        {
            var member = await _flow.NewMemberAsync();
            await _flow.ConfirmEmailAsync(member);
            members.Add(member);
        }

        // STEP 2 and STEP 3 race on two queues (two consumers); whichever commits second completes.
        var now = factory.Clock.GetUtcNow();
        await Task.WhenAll(members.SelectMany(m => new[]
        {
            _flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), m.Id, m.Email, true, now.AddMinutes(1))),
            _flow.PublishAsync(new WalletLinked(m.Id, Provider, $"wallet-{m.MemberNumber}", now.AddMinutes(2))),
        }));

        foreach (var member in members) await completions.WaitForAsync(IsFor(member.Id));
        foreach (var member in members) Assert.Equal(1, await completions.CountAsync(IsFor(member.Id), member == members[0] ? Settle : TimeSpan.Zero));
    }

    [Fact]
    public async Task Unlinking_after_completion_clears_the_link_but_onboarding_stays_complete()
    {
        await using var completions = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberOnboardingCompleted)));
        var member = await _flow.NewMemberAsync();
        var completedAt = await CompleteAsync(member);

        await _flow.PublishAsync(new WalletUnlinked(member.Id, Provider, "wallet-5", completedAt.AddMinutes(5)));
        var unlinked = await _flow.WaitForProgressAsync(member.Id, p => p.WalletUnlinkedAt is not null, "the unlink");
        Assert.False(unlinked.IsWalletLinked);
        Assert.Equal(completedAt, unlinked.CompletedAt);

        await _flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet-5b", completedAt.AddMinutes(10)));
        var relinked = await _flow.WaitForProgressAsync(member.Id, p => p.IsWalletLinked, "the new link");
        Assert.Equal(completedAt, relinked.CompletedAt);
        Assert.Equal(1, await completions.CountAsync(IsFor(member.Id), Settle));
    }

    [Fact]
    public async Task An_event_for_a_member_not_on_the_roster_is_acknowledged_and_changes_nothing()
    {
        var stranger = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await _flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), stranger, "someone@example.jp", true, factory.Clock.GetUtcNow()), messageId);

        // Handled (in the inbox) rather than retried into the error queue, and no progress row was made up.
        Assert.True(await Eventually.TrueAsync(async () => await _flow.InboxEntriesAsync(messageId) == 1, TimeSpan.FromSeconds(30)),
            "The event was never handled.");
        Assert.Null(await _flow.ProgressAsync(stranger));
    }

    [Fact]
    public async Task The_funnel_counts_accounts_wallets_and_completions()
    {
        using var funnel = new FunnelCounters();
        var member = await _flow.NewMemberAsync();
        await CompleteAsync(member);

        Assert.Equal(1, funnel.Total("onboarding.portal_accounts.created"));
        Assert.Equal(1, funnel.Total("onboarding.wallets.linked"));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(funnel.Total("onboarding.completed") == 1), TimeSpan.FromSeconds(5)));
    }

    /// <summary>All three steps in order; returns the completion time (the link's).</summary>
    private async Task<DateTimeOffset> CompleteAsync(OnboardingFlow.TestMember member)
    {
        var confirmedAt = await _flow.ConfirmEmailAsync(member);
        await _flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        await _flow.WaitForProgressAsync(member.Id, p => p.PortalAccountCreatedAt is not null, "STEP 2");
        await _flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet", confirmedAt.AddMinutes(20)));
        var completed = await _flow.WaitForProgressAsync(member.Id, p => p.CompletedAt is not null, "completion");
        return completed.CompletedAt!.Value;
    }

    private static Func<JsonElement, bool> IsFor(Guid memberId) => e => e.GetProperty("memberId").GetGuid() == memberId;
}
