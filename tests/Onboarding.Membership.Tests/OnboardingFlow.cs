using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Domain;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Drives a fresh member of the test's own through the steps: STEP 1 through membership's real API (the passcode
/// read from notification's queue), STEPs 2–3 as identity-portal and wallet-link publish their events on RabbitMQ.
/// </summary>
public sealed class OnboardingFlow(MembershipApiFactory factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    public sealed record TestMember(Guid Id, string MemberNumber, string BirthDate, string Email);

    public async Task<TestMember> NewMemberAsync()
    {
        var number = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString();
        var email = $"member.{number}@example.ac.jp";
        await factory.AddMemberAsync(number, new DateOnly(2006, 5, 5), email);
        var id = await factory.WithDbAsync(db => db.Members.Where(m => m.MemberNumber == number).Select(m => m.Id).SingleAsync());
        return new TestMember(id, number, "2006-05-05", email);
    }

    public Task<Guid> LookupAsync(TestMember member) => _api.LookupIdAsync(member.MemberNumber, member.BirthDate);

    /// <summary>STEP 1 with the address on file; returns when membership has answered 200 (the confirmation time).</summary>
    public async Task<DateTimeOffset> ConfirmEmailAsync(TestMember member)
    {
        var challengeId = await _api.ChallengeIdAsync(await LookupAsync(member), new { target = "registered" });
        var verified = await _api.VerifyAsync(challengeId, await _notifications.PasscodeForAsync(challengeId));
        var body = await ApiClient.JsonAsync(verified);
        Assert.True(verified.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("confirmedAt").GetDateTimeOffset();
    }

    /// <summary>Publishes an event as the other service's outbox relay does; the message id is the outbox row's.</summary>
    public Task PublishAsync<TEvent>(TEvent message, Guid? messageId = null) where TEvent : class =>
        factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    public Task<OnboardingProgress?> ProgressAsync(Guid memberId) =>
        factory.WithDbAsync(db => db.OnboardingProgress.AsNoTracking().SingleOrDefaultAsync(p => p.MemberId == memberId));

    /// <summary>How many times membership's inbox recorded the message as handled (by any of its consumers).</summary>
    public Task<int> InboxEntriesAsync(Guid messageId) =>
        factory.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = {messageId}")
            .SingleAsync());

    /// <summary>Waits until the member's progress (as consumed from RabbitMQ) satisfies <paramref name="condition"/>.</summary>
    public async Task<OnboardingProgress> WaitForProgressAsync(Guid memberId, Func<OnboardingProgress, bool> condition, string what)
    {
        OnboardingProgress? progress = null;
        var reached = await Eventually.TrueAsync(async () =>
        {
            progress = await ProgressAsync(memberId);
            return progress is not null && condition(progress);
        }, TimeSpan.FromSeconds(30));
        Assert.True(reached, $"Membership never recorded: {what}");
        return progress!;
    }
}
