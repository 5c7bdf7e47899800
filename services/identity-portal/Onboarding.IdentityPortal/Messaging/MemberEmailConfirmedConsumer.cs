using Onboarding.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Messaging;

/// <summary>
/// Remembers which address each member confirmed in STEP 1, so STEP 2 signs up only confirmed addresses. Runs inside
/// the inbox transaction (a redelivery has no second effect); one atomic upsert per member, and an older confirmation
/// arriving late never replaces a newer one.
/// </summary>
public sealed class MemberEmailConfirmedConsumer(IdentityDbContext db) : IConsumer<MemberEmailConfirmed>
{
    /// <summary>This service's own queue for the event, so other services' subscribers never compete with it.</summary>
    public const string QueueName = "identity-portal-member-email-confirmed";

    public async Task Consume(ConsumeContext<MemberEmailConfirmed> context)
    {
        var message = context.Message;
        // Membership sends it normalised; normalising again keeps the lookup exact if it ever did not.
        var email = EmailAddress.Normalize(message.Email) ?? message.Email.Trim();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO confirmed_addresses (member_id, member_number, email, confirmed_at)
            VALUES ({message.MemberId}, {message.MemberNumber}, {email}, {message.ConfirmedAt})
            ON CONFLICT (member_id) DO UPDATE
               SET member_number = EXCLUDED.member_number, email = EXCLUDED.email, confirmed_at = EXCLUDED.confirmed_at
             WHERE confirmed_addresses.confirmed_at <= EXCLUDED.confirmed_at
            """, context.CancellationToken);
    }
}
