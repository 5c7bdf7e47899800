using System.Net;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>How <c>MemberEmailConfirmed</c> from STEP 1 decides which address may sign up.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConfirmedAddressTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    [Fact]
    public async Task The_latest_confirmation_replaces_the_members_older_address()
    {
        var memberId = Guid.NewGuid();
        var older = $"old-{Guid.NewGuid():N}@example.ac.jp";
        var newer = $"new-{Guid.NewGuid():N}@example.ac.jp";
        await factory.ConfirmInStep1Async(older, memberId);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var latest = await factory.ConfirmInStep1Async(newer, memberId);

        await ApiClient.ProblemAsync(await _api.SignUpAsync(older), HttpStatusCode.Conflict, "step1_not_completed");
        Assert.Equal(HttpStatusCode.Created, (await _api.SignUpAsync(newer)).StatusCode);
        var address = await factory.WithDbAsync(db => db.ConfirmedAddresses.SingleAsync(a => a.MemberId == memberId));
        Assert.Equal(latest.MemberNumber, address.MemberNumber);
        Assert.Equal(factory.Clock.GetUtcNow(), address.ConfirmedAt);
    }

    [Fact]
    public async Task An_address_confirmed_in_one_case_signs_up_and_signs_in_in_another()
    {
        var local = $"taro.{Guid.NewGuid():N}"[..17];
        var confirmed = await factory.ConfirmInStep1Async($"{local}@example.ac.jp");
        var typed = $"{char.ToUpperInvariant(local[0])}{local[1..]}@Example.AC.jp";

        var signupId = await _api.SignupIdAsync(typed);
        var mail = await _notifications.WaitForAsync(m => m.TryGetProperty("signupId", out var id) && id.GetGuid() == signupId);
        // Mailed to what the member typed (the domain normalised to lower case, as always).
        Assert.Equal($"{char.ToUpperInvariant(local[0])}{local[1..]}@example.ac.jp", mail.GetProperty("to").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(signupId, mail.GetProperty("code").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.SetProfileAsync(signupId, SignInClient.Password, SignInClient.Password, "岡田", "太郎")).StatusCode);
        var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString();
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(signupId, "090" + digits, "sms")).StatusCode);
        var phoneCode = (await _notifications.PhoneCodeForAsync("+8190" + digits)).GetProperty("code").GetString();
        var created = await _api.VerifyPhoneAsync(signupId, phoneCode);
        Assert.True(created.StatusCode == HttpStatusCode.Created, (await ApiClient.JsonAsync(created)).ToString());
        var account = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.MemberId == confirmed.MemberId));

        // A third spelling signs in, by code and by password, to the same account.
        var signIns = new SignInClient(factory);
        var upper = $"{local.ToUpperInvariant()}@example.ac.jp";
        var byCode = await signIns.SignedInAsync(_notifications, upper);
        Assert.Equal(confirmed.MemberId.ToString(), byCode.GetProperty("member_id").GetString());
        var byPassword = await signIns.PasswordAsync(upper, SignInClient.Password);
        Assert.Equal(HttpStatusCode.OK, byPassword.StatusCode);
        Assert.Equal(account.MemberId.ToString(), (await ApiClient.JsonAsync(byPassword)).GetProperty("member_id").GetString());

        // And the same member's address in yet another case is that account, not a second sign-up.
        await ApiClient.ProblemAsync(await _api.SignUpAsync(upper), HttpStatusCode.Conflict, "account_exists");
    }

    [Fact]
    public async Task An_older_confirmation_arriving_late_does_not_replace_a_newer_one()
    {
        var memberId = Guid.NewGuid();
        var newer = $"new-{Guid.NewGuid():N}@example.ac.jp";
        await factory.ConfirmInStep1Async(newer, memberId);

        var lateId = Guid.NewGuid();
        await factory.PublishEmailConfirmedAsync(new MemberEmailConfirmed(memberId, PortalApiFactory.NewMemberNumber(),
            $"late-{Guid.NewGuid():N}@example.ac.jp", EmailConfirmationKind.NewAddress, factory.Clock.GetUtcNow().AddHours(-1)), lateId);
        await WaitUntilHandledAsync(lateId);

        var address = await factory.WithDbAsync(db => db.ConfirmedAddresses.SingleAsync(a => a.MemberId == memberId));
        Assert.Equal(newer, address.Email);
    }

    [Fact]
    public async Task A_redelivered_event_has_no_second_effect()
    {
        var memberId = Guid.NewGuid();
        var email = $"once-{Guid.NewGuid():N}@example.ac.jp";
        var messageId = Guid.NewGuid();
        await factory.PublishEmailConfirmedAsync(new MemberEmailConfirmed(memberId, PortalApiFactory.NewMemberNumber(), email,
            EmailConfirmationKind.RegisteredAddress, factory.Clock.GetUtcNow()), messageId);
        await WaitUntilHandledAsync(messageId);

        // The same message again, as a broker redelivers it: the inbox answers, the consumer does not run. (Its body
        // differs here only so that a second effect would show.)
        await factory.PublishEmailConfirmedAsync(new MemberEmailConfirmed(memberId, PortalApiFactory.NewMemberNumber(),
            $"twice-{Guid.NewGuid():N}@example.ac.jp", EmailConfirmationKind.NewAddress, factory.Clock.GetUtcNow().AddMinutes(1)), messageId);
        var later = Guid.NewGuid();
        await factory.PublishEmailConfirmedAsync(new MemberEmailConfirmed(Guid.NewGuid(), PortalApiFactory.NewMemberNumber(),
            $"other-{Guid.NewGuid():N}@example.ac.jp", EmailConfirmationKind.NewAddress, factory.Clock.GetUtcNow()), later);
        await WaitUntilHandledAsync(later);

        var address = await factory.WithDbAsync(db => db.ConfirmedAddresses.SingleAsync(a => a.MemberId == memberId));
        Assert.Equal(email, address.Email);
        Assert.Equal(1, await InboxRowsAsync(messageId));
    }

    private async Task WaitUntilHandledAsync(Guid messageId) =>
        Assert.True(await Eventually.TrueAsync(async () => await InboxRowsAsync(messageId) > 0, TimeSpan.FromSeconds(30)),
            "The event never reached identity-portal.");

    private Task<int> InboxRowsAsync(Guid messageId) =>
        factory.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = {messageId}")
            .SingleAsync());
}
