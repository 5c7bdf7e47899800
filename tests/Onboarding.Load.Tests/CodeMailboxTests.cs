using Onboarding.Load.Codes;

namespace Onboarding.Load.Tests;

public sealed class CodeMailboxTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_waiting_journey_gets_the_code_when_it_arrives()
    {
        var mailbox = new CodeMailbox();
        var waiting = mailbox.NextAsync("m1@load.onboarding.example", Wait);
        Assert.False(waiting.IsCompleted);

        mailbox.Deliver(new ReceivedCode("M1@load.onboarding.example", "123456", DateTimeOffset.UnixEpoch));

        Assert.Equal("123456", (await waiting).Code);
    }

    [Fact]
    public async Task A_code_that_arrives_first_waits_for_its_journey_and_codes_keep_their_order()
    {
        var mailbox = new CodeMailbox();
        mailbox.Deliver(new ReceivedCode("+819012345678", "111111", DateTimeOffset.UnixEpoch));
        mailbox.Deliver(new ReceivedCode("+819012345678", "222222", DateTimeOffset.UnixEpoch));

        Assert.Equal("111111", (await mailbox.NextAsync("+819012345678", Wait)).Code);
        Assert.Equal("222222", (await mailbox.NextAsync("+819012345678", Wait)).Code);
    }

    [Fact]
    public async Task Codes_go_only_to_their_own_recipient()
    {
        var mailbox = new CodeMailbox();
        var first = mailbox.NextAsync("a@x.example", Wait);
        var second = mailbox.NextAsync("b@x.example", Wait);

        mailbox.Deliver(new ReceivedCode("b@x.example", "222222", DateTimeOffset.UnixEpoch));

        Assert.Equal("222222", (await second).Code);
        Assert.False(first.IsCompleted);
    }

    [Fact]
    public async Task No_code_within_the_timeout_is_a_timeout()
    {
        var mailbox = new CodeMailbox();
        await Assert.ThrowsAsync<TimeoutException>(() => mailbox.NextAsync("nobody@x.example", TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void The_same_code_to_the_same_recipient_twice_counts_as_a_duplicate()
    {
        var mailbox = new CodeMailbox();
        mailbox.Deliver(new ReceivedCode("a@x.example", "123456", DateTimeOffset.UnixEpoch));
        mailbox.Deliver(new ReceivedCode("b@x.example", "123456", DateTimeOffset.UnixEpoch));
        mailbox.Deliver(new ReceivedCode("A@x.example", "123456", DateTimeOffset.UnixEpoch));

        Assert.Equal(3, mailbox.Received);
        Assert.Equal(1, mailbox.Duplicates);
    }
}
