using MassTransit;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Application;

namespace Onboarding.Membership.Messaging;

/// <summary>STEP 3 done: records the link on the member's progress (inside the inbox transaction).</summary>
public sealed class WalletLinkedConsumer(
    OnboardingProgressRecorder progress, TimeProvider clock, MembershipMetrics metrics, ILogger<WalletLinkedConsumer> logger)
    : IConsumer<WalletLinked>
{
    public const string QueueName = "membership-wallet-linked";

    public async Task Consume(ConsumeContext<WalletLinked> context)
    {
        var message = context.Message;
        var recorded = await progress.RecordAsync(message.MemberId,
            p => p.RecordWalletLinked(message.Provider, message.LinkedAt, clock.GetUtcNow()), context.CancellationToken);
        if (recorded is null)
        {
            UnknownMember.Log(logger, nameof(WalletLinked), message.MemberId);
            return;
        }
        metrics.WalletLinked(message.Provider);
    }
}

/// <summary>
/// The member unlinked the wallet: only the link state changes. Onboarding, once complete, stays complete — the
/// completion event has told other systems already, and the member can link again from the mypage.
/// </summary>
public sealed class WalletUnlinkedConsumer(
    OnboardingProgressRecorder progress, TimeProvider clock, MembershipMetrics metrics, ILogger<WalletUnlinkedConsumer> logger)
    : IConsumer<WalletUnlinked>
{
    public const string QueueName = "membership-wallet-unlinked";

    public async Task Consume(ConsumeContext<WalletUnlinked> context)
    {
        var message = context.Message;
        var recorded = await progress.RecordAsync(message.MemberId,
            p => p.RecordWalletUnlinked(message.UnlinkedAt, clock.GetUtcNow()), context.CancellationToken);
        if (recorded is null)
        {
            UnknownMember.Log(logger, nameof(WalletUnlinked), message.MemberId);
            return;
        }
        metrics.WalletUnlinked(message.Provider);
    }
}
