using MassTransit;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Application;

namespace Onboarding.Membership.Messaging;

/// <summary>
/// The member deleted the portal account: STEP 2 and STEP 3 are no longer done on the progress, so resume sends the
/// member to STEP 2. The member stays on the roster, and <c>MemberOnboardingCompleted</c> is never withdrawn.
/// </summary>
public sealed class PortalAccountDeletedConsumer(
    OnboardingProgressRecorder progress, TimeProvider clock, MembershipMetrics metrics, ILogger<PortalAccountDeletedConsumer> logger)
    : IConsumer<PortalAccountDeleted>
{
    public const string QueueName = "membership-portal-account-deleted";

    public async Task Consume(ConsumeContext<PortalAccountDeleted> context)
    {
        var message = context.Message;
        var recorded = await progress.RecordAsync(message.MemberId,
            p => p.RecordPortalAccountDeleted(message.AccountId, message.DeletedAt, clock.GetUtcNow()), context.CancellationToken);
        if (recorded is null)
        {
            UnknownMember.Log(logger, nameof(PortalAccountDeleted), message.MemberId);
            return;
        }
        metrics.PortalAccountDeleted();
    }
}
