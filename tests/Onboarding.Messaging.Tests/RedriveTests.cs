using MassTransit;
using Onboarding.Contracts.Commands;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>An operator moves parked messages back to their queue once the fault is fixed.</summary>
[Collection(MessagingCollection.Name)]
public sealed class RedriveTests : ProbeHostTest
{
    [Fact]
    public async Task A_parked_message_is_counted_and_after_the_redrive_consumed_once()
    {
        var endpoint = await Host.Bus.GetSendEndpoint(new Uri($"exchange:{Host.Queue}"));
        var id = Guid.NewGuid();
        Host.Observer.RefuseFlaky = true;
        await endpoint.Send(new SendTestEmail(Guid.NewGuid(), ProbeConsumer.FlakyPrefix + "example.jp", "ja"), c => c.MessageId = id);

        Assert.True(await Eventually.TrueAsync(async () => (await Host.ParkedMessages.CountAsync(default)).Total == 1, TimeSpan.FromMinutes(3)));
        var parked = Assert.Single((await Host.ParkedMessages.CountAsync(default)).Queues);
        Assert.Equal((Host.Queue, 1u), (parked.Queue, parked.Messages));
        Assert.Equal(0, await Host.EffectCountAsync(id));

        // The fault is fixed; the operator re-drives.
        Host.Observer.RefuseFlaky = false;
        var attemptsBefore = Host.Observer.AttemptsOf(id);
        var redrive = await Host.ParkedMessages.RedriveAsync(default);

        Assert.Equal(1, redrive.Total);
        Assert.True(await Eventually.TrueAsync(async () => await Host.EffectCountAsync(id) == 1, Patience));
        Assert.Equal(attemptsBefore + 1, Host.Observer.AttemptsOf(id)); // consumed at the first try, same message id
        Assert.Equal(0, (await Host.ParkedMessages.CountAsync(default)).Total);
        // A second re-drive finds nothing to move.
        Assert.Equal(0, (await Host.ParkedMessages.RedriveAsync(default)).Total);
    }
}
