using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>
/// アカウント設定's e-mail change reaches membership (issue 13 §3): <c>PortalEmailChanged</c>, consumed from the bus on
/// membership's own queue through its inbox, makes the new address the member's registered e-mail; a redelivery or an
/// older change does nothing more, and a member not on the roster is acknowledged without effect.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class PortalEmailChangedTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private readonly OnboardingFlow _flow = new(factory);

    [Fact]
    public async Task The_new_portal_address_becomes_the_registered_e_mail_and_an_older_change_never_replaces_it()
    {
        var member = await _flow.NewMemberAsync();
        var confirmedAt = await _flow.ConfirmEmailAsync(member);
        var changedAt = confirmedAt.AddDays(30);
        var newEmail = $"new-{Guid.NewGuid():N}"[..12] + "@example.ac.jp";

        var messageId = Guid.NewGuid();
        await _flow.PublishAsync(new PortalEmailChanged(Guid.NewGuid(), member.Id, newEmail, changedAt), messageId);
        Assert.True(await Eventually.TrueAsync(async () => (await RegisteredAsync(member.Id)).Email == newEmail, TimeSpan.FromSeconds(30)),
            "membership never took the new address.");
        Assert.Equal(changedAt, (await RegisteredAsync(member.Id)).ConfirmedAt);

        // A redelivery is recorded once; a change made before this one, arriving late, leaves the newer address.
        await _flow.PublishAsync(new PortalEmailChanged(Guid.NewGuid(), member.Id, newEmail, changedAt), messageId);
        var older = Guid.NewGuid();
        await _flow.PublishAsync(new PortalEmailChanged(Guid.NewGuid(), member.Id, "older@example.ac.jp", changedAt.AddMinutes(-5)), older);
        Assert.True(await Eventually.TrueAsync(async () => await _flow.InboxEntriesAsync(older) == 1, TimeSpan.FromSeconds(30)),
            "The older change was never handled.");
        Assert.Equal(1, await _flow.InboxEntriesAsync(messageId));
        Assert.Equal((newEmail, changedAt), await RegisteredAsync(member.Id));
    }

    [Fact]
    public async Task A_change_for_a_member_not_on_the_roster_is_acknowledged_and_changes_nothing()
    {
        var stranger = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await _flow.PublishAsync(new PortalEmailChanged(Guid.NewGuid(), stranger, "someone@example.ac.jp", factory.Clock.GetUtcNow()), messageId);
        Assert.True(await Eventually.TrueAsync(async () => await _flow.InboxEntriesAsync(messageId) == 1, TimeSpan.FromSeconds(30)),
            "The event was never handled.");
        Assert.False(await factory.WithDbAsync(db => db.Members.AnyAsync(m => m.Id == stranger)));
    }

    private Task<(string? Email, DateTimeOffset? ConfirmedAt)> RegisteredAsync(Guid memberId) =>
        factory.WithDbAsync(async db => await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new ValueTuple<string?, DateTimeOffset?>(m.RegisteredEmail, m.EmailConfirmedAt)).SingleAsync());
}
