using MassTransit;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Infrastructure;

namespace Onboarding.Membership.Messaging;

/// <summary>
/// The member changed the portal account's address (アカウント設定): the new address, confirmed by a code mailed to it,
/// becomes the member's registered e-mail here too, confirmed at the change's time. One atomic update inside the inbox
/// transaction (a redelivery has no second effect); a change older than the address on file never replaces it.
/// </summary>
public sealed class PortalEmailChangedConsumer(MembershipDbContext db, TimeProvider clock, ILogger<PortalEmailChangedConsumer> logger)
    : IConsumer<PortalEmailChanged>
{
    /// <summary>This service's own queue for the event, so other subscribers never compete with it.</summary>
    public const string QueueName = "membership-portal-email-changed";

    public async Task Consume(ConsumeContext<PortalEmailChanged> context)
    {
        var message = context.Message;
        // identity-portal sends it normalised; normalising again keeps the address as STEP 1 would have kept it.
        var email = EmailAddress.Normalize(message.Email) ?? message.Email.Trim();
        var now = clock.GetUtcNow();
        var updated = await db.Database.ExecuteSqlAsync($"""
            UPDATE members
               SET registered_email = {email}, email_confirmed_at = {message.ChangedAt}, updated_at = {now}
             WHERE id = {message.MemberId}
               AND (email_confirmed_at IS NULL OR email_confirmed_at <= {message.ChangedAt})
            """, context.CancellationToken);
        if (updated == 0 && !await db.Members.AnyAsync(m => m.Id == message.MemberId, context.CancellationToken))
        {
            UnknownMember.Log(logger, nameof(PortalEmailChanged), message.MemberId);
        }
    }
}
