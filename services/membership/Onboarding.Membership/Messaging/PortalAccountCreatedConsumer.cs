using MassTransit;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Application;

namespace Onboarding.Membership.Messaging;

/// <summary>STEP 2 done: records it on the member's progress (runs inside the inbox transaction; redeliveries have no effect).</summary>
public sealed class PortalAccountCreatedConsumer(
    OnboardingProgressRecorder progress, TimeProvider clock, MembershipMetrics metrics, ILogger<PortalAccountCreatedConsumer> logger)
    : IConsumer<PortalAccountCreated>
{
    /// <summary>This service's own queue for the event, so other subscribers never compete with it.</summary>
    public const string QueueName = "membership-portal-account-created";

    public async Task Consume(ConsumeContext<PortalAccountCreated> context)
    {
        var message = context.Message;
        var recorded = await progress.RecordAsync(message.MemberId,
            p => p.RecordPortalAccountCreated(message.AccountId, message.CreatedAt, clock.GetUtcNow()), context.CancellationToken);
        if (recorded is null)
        {
            UnknownMember.Log(logger, nameof(PortalAccountCreated), message.MemberId);
            return;
        }
        metrics.PortalAccountCreated();
    }
}
