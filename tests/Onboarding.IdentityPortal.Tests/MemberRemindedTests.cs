using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Contracts.Events;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The SMS half of a deadline reminder: membership's <c>MemberReminded</c> becomes <c>SendDeadlineReminderSms</c> to
/// notification when the member's account has a verified mobile number, and nothing otherwise.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MemberRemindedTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);
    private readonly string _wave = $"2027-01-01-d{Random.Shared.Next(100, 999)}";

    [Fact]
    public async Task A_member_with_a_verified_mobile_number_gets_the_sms_command_with_the_reminders_step_and_day()
    {
        var user = await _signIns.CreateAccountAsync();
        var reminded = Reminded(user.MemberId);

        await PublishAsync(reminded, Guid.NewGuid());

        var command = await _notifications.WaitForAsync(m => IsSmsFor(m, user.MemberId));
        Assert.Equal(user.PhoneNumber, command.GetProperty("phoneNumberE164").GetString());
        Assert.Equal("step3", command.GetProperty("nextStep").GetString());
        Assert.Equal(reminded.StepPageUrl.AbsoluteUri, command.GetProperty("stepPageUrl").GetString());
        Assert.Equal("2026-12-31", command.GetProperty("lastDay").GetString());
        Assert.Equal("ja", command.GetProperty("culture").GetString());
    }

    [Fact]
    public async Task Without_an_account_a_verified_number_or_a_mobile_one_nothing_is_sent()
    {
        var unverified = await _signIns.CreateAccountAsync();
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == unverified.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PhoneNumberConfirmed, false)));
        // Verified by a voice call: a Tokyo fixed line takes no SMS.
        var fixedLine = await _signIns.CreateAccountAsync();
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == fixedLine.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PhoneNumber, "+81312345678")));
        (string Case, Guid MemberId)[] rows = [("no account", Guid.NewGuid()), ("unverified", unverified.MemberId), ("fixed line", fixedLine.MemberId)];

        foreach (var row in rows)
        {
            var messageId = Guid.NewGuid();
            await PublishAsync(Reminded(row.MemberId), messageId);
            await WaitUntilHandledAsync(messageId);
        }
        // A member with a number reminded after them: once that SMS command is here, theirs would have been too.
        var marker = await _signIns.CreateAccountAsync();
        await PublishAsync(Reminded(marker.MemberId), Guid.NewGuid());
        await _notifications.WaitForAsync(m => IsSmsFor(m, marker.MemberId));

        Assert.All(rows, row => Assert.False(_notifications.Seen.Any(m => IsSmsFor(m, row.MemberId)), row.Case));
    }

    [Fact]
    public async Task A_redelivered_event_sends_the_sms_command_once()
    {
        var user = await _signIns.CreateAccountAsync();
        var messageId = Guid.NewGuid();
        await PublishAsync(Reminded(user.MemberId), messageId);
        await _notifications.WaitForAsync(m => IsSmsFor(m, user.MemberId));

        // The same message again, as a broker redelivers it: the inbox answers, no second command.
        await PublishAsync(Reminded(user.MemberId), messageId);
        var marker = await _signIns.CreateAccountAsync();
        await PublishAsync(Reminded(marker.MemberId), Guid.NewGuid());
        await _notifications.WaitForAsync(m => IsSmsFor(m, marker.MemberId));
        await WaitUntilHandledAsync(messageId);

        Assert.Single(_notifications.Seen, m => IsSmsFor(m, user.MemberId));
        Assert.Equal(1, await InboxRowsAsync(messageId));
    }

    private MemberReminded Reminded(Guid memberId) =>
        new(memberId, _wave, "step3", new Uri("https://onboarding.example/step3"), new DateOnly(2026, 12, 31), factory.Clock.GetUtcNow());

    /// <summary>Publishes the event to the broker as membership's outbox relay does.</summary>
    private Task PublishAsync(MemberReminded reminded, Guid messageId) =>
        factory.Services.GetRequiredService<IBus>().Publish(reminded, context => context.MessageId = messageId);

    private bool IsSmsFor(JsonElement command, Guid memberId) =>
        command.TryGetProperty("phoneNumberE164", out _) && command.TryGetProperty("waveId", out var wave) && wave.GetString() == _wave
        && command.GetProperty("memberId").GetGuid() == memberId;

    private async Task WaitUntilHandledAsync(Guid messageId) =>
        Assert.True(await Eventually.TrueAsync(async () => await InboxRowsAsync(messageId) > 0, TimeSpan.FromSeconds(30)),
            "The event never reached identity-portal.");

    private Task<int> InboxRowsAsync(Guid messageId) =>
        factory.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = {messageId}")
            .SingleAsync());
}
