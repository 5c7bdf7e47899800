using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;

namespace Onboarding.Testing.Messaging;

/// <summary>
/// Writes one effect row per message, in the inbox transaction. A command addressed to <c>poison@…</c> always
/// throws, to show retries and the error queue; one addressed to <c>flaky@…</c> throws while
/// <see cref="ProbeObserver.RefuseFlaky"/> is set (a fault that an operator later fixes).
/// </summary>
public sealed class ProbeConsumer(ProbeDbContext db, ProbeObserver observer) : IConsumer<SendTestEmail>, IConsumer<MemberRosterImported>
{
    public const string PoisonPrefix = "poison@";
    public const string FlakyPrefix = "flaky@";

    public Task Consume(ConsumeContext<SendTestEmail> context)
    {
        observer.Attempted(context.MessageId!.Value);
        if (context.Message.To.StartsWith(PoisonPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("This message can never be handled.");
        }
        if (observer.RefuseFlaky && context.Message.To.StartsWith(FlakyPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("This message cannot be handled until the fault is fixed.");
        }
        return RecordAsync(context.MessageId.Value, context.Message.To);
    }

    public Task Consume(ConsumeContext<MemberRosterImported> context) =>
        RecordAsync(context.MessageId!.Value, $"roster {context.Message.Inserted}");

    private async Task RecordAsync(Guid messageId, string description)
    {
        db.Effects.Add(new ProbeEffect { MessageId = messageId, Description = description });
        await db.SaveChangesAsync();
        observer.Consumed(messageId);
    }
}
