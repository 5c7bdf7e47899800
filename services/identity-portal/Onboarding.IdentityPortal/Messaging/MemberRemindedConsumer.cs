using MassTransit;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.IdentityPortal.Messaging;

/// <summary>
/// The SMS half of a deadline reminder (docs/architecture.md §9.8): membership mailed the member and says so; phone
/// numbers live only here, so this service sends <see cref="SendDeadlineReminderSms"/> when the member's portal account
/// has a verified number that can take an SMS. Runs inside the inbox transaction and queues the command in the outbox
/// with it, so a redelivered event sends nothing more. No account, no verified number or a fixed line: nothing to do.
/// </summary>
public sealed partial class MemberRemindedConsumer(IdentityDbContext db, TimeProvider clock, ILogger<MemberRemindedConsumer> logger)
    : IConsumer<MemberReminded>
{
    /// <summary>This service's own queue for the event, so other services' subscribers never compete with it.</summary>
    public const string QueueName = "identity-portal-member-reminded";

    /// <summary>The member's language is not known outside a visit; the reminder mail is Japanese as well.</summary>
    private const string Culture = "ja";

    public async Task Consume(ConsumeContext<MemberReminded> context)
    {
        var reminded = context.Message;
        var phone = await db.Users.AsNoTracking()
            .Where(u => u.MemberId == reminded.MemberId && u.PhoneNumberConfirmed && u.PhoneNumber != null)
            .Select(u => u.PhoneNumber)
            .SingleOrDefaultAsync(context.CancellationToken);
        if (phone is null) return;
        // STEP 2 also verifies fixed lines, by a voice call; an SMS to one would only fail at the provider.
        if (JapanesePhoneNumber.Parse(phone, PhoneChannel.Sms).Error is not null)
        {
            LogNotMobile(logger, reminded.MemberId, reminded.WaveId);
            return;
        }
        db.SendThroughOutbox(QueueNames.Notification, new SendDeadlineReminderSms(reminded.MemberId, reminded.WaveId, phone,
            reminded.NextStep, reminded.StepPageUrl, reminded.LastDay, Culture), clock);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId}'s verified number takes no SMS; no SMS reminder for wave {WaveId}")]
    private static partial void LogNotMobile(ILogger logger, Guid memberId, string waveId);
}
