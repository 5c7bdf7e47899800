using Onboarding.Testing.Messaging;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Onboarding.Membership.Tests;

[Collection(MembershipCollection.Name)]
public sealed class PasscodeTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    [Fact]
    public async Task The_registered_address_is_confirmed_with_the_mailed_passcode()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, "Onboarding.Contracts.Events:MemberEmailConfirmed");
        var lookupId = await _api.LookupIdAsync(ApiClient.Member1, ApiClient.Member1BirthDate);

        var sent = await _api.SendPasscodeAsync(lookupId, new { target = "registered" });
        var body = await ApiClient.JsonAsync(sent);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal("sho*****@univcoop-tokai.jp", body.GetProperty("sentTo").GetString());
        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(15), body.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(factory.Clock.GetUtcNow().AddSeconds(60), body.GetProperty("resendAvailableAt").GetDateTimeOffset());

        var challengeId = body.GetProperty("challengeId").GetGuid();
        var command = await _notifications.WaitForAsync(m => m.GetProperty("challengeId").GetGuid() == challengeId);
        Assert.Equal("sho.okada@univcoop-tokai.jp", command.GetProperty("to").GetString());
        Assert.Equal($"{MembershipApiFactory.PublicBaseUrl}/step1/passcode/{challengeId}", command.GetProperty("codePageUrl").GetString());
        var passcode = command.GetProperty("passcode").GetString()!;
        Assert.Matches("^[0-9]{6}$", passcode);

        var verified = await _api.VerifyAsync(challengeId, passcode);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var answer = await ApiClient.JsonAsync(verified);
        Assert.Equal("sho.okada@univcoop-tokai.jp", answer.GetProperty("email").GetString());
        // The gateway keeps naming the member's co-op after STEP 1 with it.
        Assert.Equal("東海大学生協", answer.GetProperty("coop").GetString());

        var confirmed = await events.WaitForAsync(e => e.GetProperty("memberNumber").GetString() == ApiClient.Member1);
        Assert.Equal("RegisteredAddress", confirmed.GetProperty("how").GetString());
        var member = await factory.WithDbAsync(db => db.Members.SingleAsync(m => m.MemberNumber == ApiClient.Member1));
        Assert.NotNull(member.EmailConfirmedAt);
        // Only a hash of the code is stored.
        var stored = await factory.WithDbAsync(db => db.PasscodeChallenges.SingleAsync(c => c.Id == challengeId));
        Assert.Equal(32, stored.CodeHash.Length);
    }

    [Fact]
    public async Task A_new_address_typed_twice_is_confirmed_and_replaces_the_old_one_with_a_notice_to_the_old()
    {
        var lookupId = await _api.LookupIdAsync("111122223333", "2003-07-15");
        var challengeId = await _api.ChallengeIdAsync(lookupId, new
        {
            target = "new", email = "ｉｃｈｉｒｏ．ｎｅｗ＠Example.AC.JP ", emailConfirmation = "ichiro.new@example.ac.jp",
        });

        var verified = await _api.VerifyAsync(challengeId, await _notifications.PasscodeForAsync(challengeId));
        Assert.Equal("ichiro.new@example.ac.jp", (await ApiClient.JsonAsync(verified)).GetProperty("email").GetString());

        var notice = await _notifications.WaitForAsync(m => m.TryGetProperty("newEmailMasked", out _) && m.GetProperty("to").GetString() == "ichiro.suzuki@example.ac.jp");
        Assert.Equal("ich*****@example.ac.jp", notice.GetProperty("newEmailMasked").GetString());
        var member = await factory.WithDbAsync(db => db.Members.SingleAsync(m => m.MemberNumber == "111122223333"));
        Assert.Equal("ichiro.new@example.ac.jp", member.RegisteredEmail);
    }

    [Fact]
    public async Task Bad_passcode_requests_are_refused_naming_the_field()
    {
        (string? target, string? email, string? confirmation, string field, string errorCode)[] rows =
        [
            ("new", "abc", "abc", "email", "email.invalid"),
            ("new", "a@b", "a@b", "email", "email.invalid"),
            ("new", "a@@example.jp", "a@@example.jp", "email", "email.invalid"),
            ("new", "a b@example.jp", "a b@example.jp", "email", "email.invalid"),
            ("new", "はなこ@example.jp", "はなこ@example.jp", "email", "email.invalid"),
            ("new", "hanako@example..jp", "hanako@example..jp", "email", "email.invalid"),
            ("new", "", "hanako@example.jp", "email", "email.required"),
            ("new", "hanako@example.jp", "", "emailConfirmation", "emailConfirmation.required"),
            ("new", "hanako@example.jp", "hanako@example.co.jp", "emailConfirmation", "emailConfirmation.mismatch"),
            ("elsewhere", null, null, "target", "target.invalid"),
            (null, null, null, "target", "target.invalid"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (target, email, confirmation, field, errorCode) = row;
            var lookupId = await _api.LookupIdAsync(ApiClient.Member2, ApiClient.Member2BirthDate);
            var response = await _api.SendPasscodeAsync(lookupId, new { target, email, emailConfirmation = confirmation });
            var problem = await ApiClient.JsonAsync(response);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty(field).GetString());
            Assert.Equal(0, await factory.WithDbAsync(db => db.PasscodeChallenges.CountAsync(c => c.LookupId == lookupId)));
        });
    }

    [Fact]
    public async Task An_address_longer_than_254_characters_is_refused()
    {
        var lookupId = await _api.LookupIdAsync(ApiClient.Member2, ApiClient.Member2BirthDate);
        var email = new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".jp";
        var problem = await ApiClient.JsonAsync(await _api.SendPasscodeAsync(lookupId, new { target = "new", email, emailConfirmation = email }));

        Assert.True(email.Length > 254);
        Assert.Equal("email.invalid", problem.GetProperty("errorCodes").GetProperty("email").GetString());
    }

    [Fact]
    public async Task The_registered_address_cannot_be_chosen_when_there_is_none()
    {
        await factory.AddMemberAsync("202020202020", new DateOnly(2006, 6, 6), registeredEmail: null);
        var lookupId = await _api.LookupIdAsync("202020202020", "2006-06-06");
        var response = await _api.SendPasscodeAsync(lookupId, new { target = "registered" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("no_registered_email", (await ApiClient.JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_expired_lookup_sends_nothing()
    {
        var lookupId = await _api.LookupIdAsync(ApiClient.Member2, ApiClient.Member2BirthDate);
        factory.Clock.Advance(TimeSpan.FromMinutes(30));

        var response = await _api.SendPasscodeAsync(lookupId, new { target = "new", email = "late@example.jp", emailConfirmation = "late@example.jp" });
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("lookup_expired", (await ApiClient.JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Wrong_passcodes_count_down_and_the_fifth_voids_the_code()
    {
        var (challengeId, passcode) = await NewChallengeAsync("wrong@example.jp");
        var wrong = passcode == "000000" ? "111111" : "000000";

        for (var remaining = 4; remaining >= 1; remaining--)
        {
            var response = await _api.VerifyAsync(challengeId, wrong);
            var problem = await ApiClient.JsonAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("invalid_passcode", problem.GetProperty("code").GetString());
            Assert.Equal(remaining, problem.GetProperty("attemptsRemaining").GetInt32());
        }
        var fifth = await _api.VerifyAsync(challengeId, wrong);
        Assert.Equal("passcode_locked", (await ApiClient.JsonAsync(fifth)).GetProperty("code").GetString());
        var rightTooLate = await _api.VerifyAsync(challengeId, passcode);
        Assert.Equal(HttpStatusCode.Gone, rightTooLate.StatusCode);
        Assert.Equal("passcode_locked", (await ApiClient.JsonAsync(rightTooLate)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_expired_passcode_is_refused()
    {
        var (challengeId, passcode) = await NewChallengeAsync("expired@example.jp");
        factory.Clock.Advance(TimeSpan.FromMinutes(15));

        var response = await _api.VerifyAsync(challengeId, passcode);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("passcode_expired", (await ApiClient.JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_passcode_works_once_and_the_same_press_repeated_gets_the_first_answer_with_nothing_done_twice()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf("MemberEmailConfirmed"));
        var (challengeId, passcode) = await NewChallengeAsync("once@example.jp");
        var first = await ApiClient.JsonAsync(await _api.VerifyAsync(challengeId, passcode));
        var member = await factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.MemberNumber == ApiClient.Member2));

        // The gateway gave up waiting for the first answer and the member pressed again: the first answer, once more.
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var repeated = await _api.VerifyAsync(challengeId, passcode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        var again = await ApiClient.JsonAsync(repeated);
        Assert.Equal(first.GetProperty("email").GetString(), again.GetProperty("email").GetString());
        Assert.Equal(first.GetProperty("confirmedAt").GetDateTimeOffset(), again.GetProperty("confirmedAt").GetDateTimeOffset());
        var unchanged = await factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.MemberNumber == ApiClient.Member2));
        Assert.Equal(member.EmailConfirmedAt, unchanged.EmailConfirmedAt);
        Assert.Equal(1, await events.CountAsync(e => e.GetProperty("memberNumber").GetString() == ApiClient.Member2
            && e.GetProperty("email").GetString() == "once@example.jp", settle: TimeSpan.FromSeconds(2)));

        // Any other code on the used challenge, and the same code once the code's lifetime is over: used.
        var other = await _api.VerifyAsync(challengeId, passcode == "000000" ? "000001" : "000000");
        Assert.Equal("passcode_used", (await ApiClient.JsonAsync(other)).GetProperty("code").GetString());
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var late = await _api.VerifyAsync(challengeId, passcode);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("passcode_used", (await ApiClient.JsonAsync(late)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_malformed_passcode_is_refused_without_using_a_try()
    {
        (string typed, string errorCode)[] rows =
        [
            ("12345", "passcode.format"),
            ("1234567", "passcode.format"),
            ("12a456", "passcode.format"),
            ("", "passcode.required"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (typed, errorCode) = row;
            var (challengeId, _) = await NewChallengeAsync($"format{typed.Length}@example.jp");
            var problem = await ApiClient.JsonAsync(await _api.VerifyAsync(challengeId, typed));

            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty("passcode").GetString());
            var stored = await factory.WithDbAsync(db => db.PasscodeChallenges.SingleAsync(c => c.Id == challengeId));
            Assert.Equal(0, stored.FailedAttempts);
        });
    }

    [Fact]
    public async Task A_full_width_passcode_is_accepted()
    {
        var (challengeId, passcode) = await NewChallengeAsync("fullwidth@example.jp");
        var fullWidth = string.Concat(passcode.Select(digit => (char)(digit - '0' + '０')));

        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(challengeId, fullWidth)).StatusCode);
    }

    [Fact]
    public async Task A_resend_waits_60_seconds_and_voids_the_previous_code()
    {
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var lookupId = await _api.LookupIdAsync("444455556666", "2006-02-28");
        var request = new { target = "new", email = "misaki@example.jp", emailConfirmation = "misaki@example.jp" };
        var first = await _api.ChallengeIdAsync(lookupId, request);
        var firstCode = await _notifications.PasscodeForAsync(first);

        factory.Clock.Advance(TimeSpan.FromSeconds(59));
        var tooSoon = await _api.ResendAsync(first);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        var problem = await ApiClient.JsonAsync(tooSoon);
        Assert.Equal("resend_too_soon", problem.GetProperty("code").GetString());
        Assert.Equal(1, problem.GetProperty("retryAfterSeconds").GetInt32());

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = (await ApiClient.JsonAsync(await _api.ResendAsync(first))).GetProperty("challengeId").GetGuid();
        var stale = await _api.VerifyAsync(first, firstCode);
        Assert.Equal("passcode_superseded", (await ApiClient.JsonAsync(stale)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(second, await _notifications.PasscodeForAsync(second))).StatusCode);
    }

    [Fact]
    public async Task A_send_pressed_again_within_the_cooldown_gets_the_code_already_sent_and_no_second_mail()
    {
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var lookupId = await _api.LookupIdAsync("444455556666", "2006-02-28");
        var request = new { target = "new", email = "repeat@example.jp", emailConfirmation = "repeat@example.jp" };
        var first = await _api.ChallengeIdAsync(lookupId, request);

        // The first press's answer was lost (the gateway gave up waiting); the member presses 送信 again.
        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var repeated = await _api.SendPasscodeAsync(lookupId, request);
        Assert.Equal(HttpStatusCode.Accepted, repeated.StatusCode);
        Assert.Equal(first, (await ApiClient.JsonAsync(repeated)).GetProperty("challengeId").GetGuid());
        // A repeated "send again" from the code the first resend replaced meets that resend's code too.
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        var resent = (await ApiClient.JsonAsync(await _api.ResendAsync(first))).GetProperty("challengeId").GetGuid();
        Assert.Equal(resent, (await ApiClient.JsonAsync(await _api.ResendAsync(first))).GetProperty("challengeId").GetGuid());
        var challenges = await factory.WithDbAsync(db => db.PasscodeChallenges.CountAsync(c => c.LookupId == lookupId));
        Assert.Equal(2, challenges);

        // Another address inside the cooldown is another request: still "too soon".
        var other = await _api.SendPasscodeAsync(lookupId, new { target = "new", email = "other@example.jp", emailConfirmation = "other@example.jp" });
        Assert.Equal("resend_too_soon", (await ApiClient.JsonAsync(other)).GetProperty("code").GetString());
        // Only the code of the first press and of the resend went out to the address.
        await _notifications.WaitForAsync(m => m.GetProperty("challengeId").GetGuid() == resent);
        Assert.Equal(2, _notifications.Seen.Count(m => m.TryGetProperty("to", out var to) && to.GetString() == "repeat@example.jp"));
    }

    [Fact]
    public async Task At_most_ten_passcodes_a_day()
    {
        var request = new { target = "new", email = "cap@example.jp", emailConfirmation = "cap@example.jp" };
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var lookupId = await _api.LookupIdAsync(ApiClient.Member2, ApiClient.Member2BirthDate);
        for (var sent = 0; sent < 10; sent++)
        {
            if (sent == 5) lookupId = await _api.LookupIdAsync(ApiClient.Member2, ApiClient.Member2BirthDate); // lookups last 30 min
            Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPasscodeAsync(lookupId, request)).StatusCode);
            factory.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var eleventh = await _api.SendPasscodeAsync(lookupId, request);
        var problem = await ApiClient.JsonAsync(eleventh);
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Equal("daily_limit_reached", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("retryAfterSeconds").GetInt32() > 23 * 3600);
    }

    /// <summary>A fresh challenge for 佐藤 花子 to a new address, on a new day (so no earlier test's limits apply).</summary>
    private async Task<(Guid ChallengeId, string Passcode)> NewChallengeAsync(string email)
    {
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var lookupId = await _api.LookupIdAsync(ApiClient.Member2, ApiClient.Member2BirthDate);
        var challengeId = await _api.ChallengeIdAsync(lookupId, new { target = "new", email, emailConfirmation = email });
        return (challengeId, await _notifications.PasscodeForAsync(challengeId));
    }
}
