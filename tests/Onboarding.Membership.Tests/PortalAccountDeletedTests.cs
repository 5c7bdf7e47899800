using Onboarding.Contracts.Events;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Membership.Tests;

/// <summary>
/// 退会 (issue 13 §5) as membership sees it: <c>PortalAccountDeleted</c> on its own queue clears STEP 2 and STEP 3 but
/// keeps <c>completed_at</c> (the completion is never withdrawn); a new account and link count again; a redelivery and
/// an older account's late deletion change nothing.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class PortalAccountDeletedTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private const string Provider = "pokepay";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly OnboardingFlow _flow = new(factory);

    [Fact]
    public async Task A_deleted_account_clears_steps_2_and_3_keeps_the_completion_and_a_new_account_counts_again()
    {
        await using var completions = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberOnboardingCompleted)));
        var member = await _flow.NewMemberAsync();
        var confirmedAt = await _flow.ConfirmEmailAsync(member);
        var accountId = Guid.NewGuid();
        await _flow.PublishAsync(new PortalAccountCreated(accountId, member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        await _flow.WaitForProgressAsync(member.Id, p => p.PortalAccountCreatedAt is not null, "STEP 2");
        await _flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet", confirmedAt.AddMinutes(20)));
        var completedAt = (await _flow.WaitForProgressAsync(member.Id, p => p.CompletedAt is not null, "completion")).CompletedAt;

        var deletion = Guid.NewGuid();
        await _flow.PublishAsync(new PortalAccountDeleted(accountId, member.Id, confirmedAt.AddMinutes(30)), deletion);
        var deleted = await _flow.WaitForProgressAsync(member.Id, p => p.PortalAccountCreatedAt is null, "the deletion");
        Assert.Null(deleted.PortalAccountId);
        Assert.False(deleted.IsWalletLinked);
        Assert.Equal(confirmedAt, deleted.EmailConfirmedAt);
        Assert.Equal(completedAt, deleted.CompletedAt);

        // The same message again (a redelivery): acknowledged with no second effect.
        await _flow.PublishAsync(new PortalAccountDeleted(accountId, member.Id, confirmedAt.AddMinutes(30)), deletion);
        Assert.True(await Eventually.TrueAsync(async () => await _flow.InboxEntriesAsync(deletion) == 1, TimeSpan.FromSeconds(30)));

        // STEP 2 and 3 again: recorded as new, and completion is not published a second time.
        var newAccount = Guid.NewGuid();
        await _flow.PublishAsync(new PortalAccountCreated(newAccount, member.Id, member.Email, true, confirmedAt.AddMinutes(40)));
        await _flow.WaitForProgressAsync(member.Id, p => p.PortalAccountId == newAccount, "the new account");
        await _flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet", confirmedAt.AddMinutes(50)));
        var again = await _flow.WaitForProgressAsync(member.Id, p => p.IsWalletLinked, "the new link");
        Assert.Equal(completedAt, again.CompletedAt);
        Assert.Equal(1, await completions.CountAsync(e => e.GetProperty("memberId").GetGuid() == member.Id, Settle));

        // The old account's deletion arriving late does not undo the new account.
        var late = Guid.NewGuid();
        await _flow.PublishAsync(new PortalAccountDeleted(accountId, member.Id, confirmedAt.AddMinutes(30)), late);
        Assert.True(await Eventually.TrueAsync(async () => await _flow.InboxEntriesAsync(late) == 1, TimeSpan.FromSeconds(30)));
        var kept = await _flow.ProgressAsync(member.Id);
        Assert.Equal(newAccount, kept!.PortalAccountId);
        Assert.True(kept.IsWalletLinked);
    }
}
