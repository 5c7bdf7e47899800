using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Messaging.Outbox;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>STEP 2 after the e-mail: password and name, phone by SMS or voice code, then the account.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccountSignupTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private const string Password = "Sakura2026!";
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    private static string NewAddress() => $"m{Guid.NewGuid():N}"[..12] + "@example.ac.jp";

    /// <summary>A mobile number of the test's own (090-xxxx-xxxx), so the per-number cap of one test never touches another.</summary>
    private static (string Typed, string E164, string Masked) NewMobile()
    {
        var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString();
        return ($"090-{digits[..4]}-{digits[4..]}", $"+8190{digits}", $"090-****-{digits[4..]}");
    }

    private async Task<(Guid SignupId, string Email, Guid MemberId)> EmailVerifiedAsync()
    {
        var email = NewAddress();
        var confirmed = await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var verified = await _api.VerifyAsync(signupId, await _notifications.CodeForAsync(signupId));
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        return (signupId, email, confirmed.MemberId);
    }

    private async Task<(Guid SignupId, string Email, Guid MemberId)> ProfileSetAsync()
    {
        var flow = await EmailVerifiedAsync();
        var response = await _api.SetProfileAsync(flow.SignupId, Password, Password, "岡田", "太郎");
        Assert.True(response.StatusCode == HttpStatusCode.OK, (await ApiClient.JsonAsync(response)).ToString());
        return flow;
    }

    [Fact]
    public async Task The_whole_sign_up_creates_the_account_and_publishes_it()
    {
        (string channel, string line)[] rows =
        [
            ("sms", "mobile"),
            ("voice", "mobile"),
            ("voice", "landline"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (channel, line) = row;
            await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString,
                "Onboarding.Contracts.Events:PortalAccountCreated");
            var (signupId, email, memberId) = await EmailVerifiedAsync();

            // Full-width names with spaces around them, as typed with an IME.
            var profile = await _api.SetProfileAsync(signupId, Password, Password, "　岡田 ", " ﾀﾛｳ");
            var profileBody = await ApiClient.JsonAsync(profile);
            Assert.True(profile.StatusCode == HttpStatusCode.OK, profileBody.ToString());
            Assert.Equal("タロウ", profileBody.GetProperty("givenName").GetString());

            string typed, e164, masked;
            if (line == "mobile")
            {
                (typed, e164, masked) = NewMobile();
                // Full-width, as many members type it.
                typed = string.Concat(typed.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : '－'));
            }
            else
            {
                var digits = Random.Shared.Next(1000, 9999).ToString();
                (typed, e164, masked) = ($"+81 3 1234 {digits}", $"+8131234{digits}", $"03-****-{digits}");
            }
            var now = factory.Clock.GetUtcNow();
            var sent = await _api.SendPhoneCodeAsync(signupId, typed, channel);
            var sentBody = await ApiClient.JsonAsync(sent);
            Assert.True(sent.StatusCode == HttpStatusCode.Accepted, sentBody.ToString());
            Assert.Equal(masked, sentBody.GetProperty("sentTo").GetString());
            Assert.Equal(now.AddMinutes(10), sentBody.GetProperty("expiresAt").GetDateTimeOffset());
            Assert.Equal(now.AddSeconds(60), sentBody.GetProperty("resendAvailableAt").GetDateTimeOffset());

            var command = await _notifications.PhoneCodeForAsync(e164);
            Assert.Equal(channel, command.GetProperty("channel").GetString()!.ToLowerInvariant());
            Assert.Equal("ja", command.GetProperty("culture").GetString());
            var code = command.GetProperty("code").GetString()!;
            Assert.Matches("^[0-9]{6}$", code);

            factory.Clock.Advance(TimeSpan.FromMinutes(2));
            var created = await _api.VerifyPhoneAsync(signupId, code);
            var createdBody = await ApiClient.JsonAsync(created);
            Assert.True(created.StatusCode == HttpStatusCode.Created, createdBody.ToString());
            var accountId = createdBody.GetProperty("accountId").GetGuid();

            var published = await events.WaitForAsync(m => m.GetProperty("accountId").GetGuid() == accountId);
            Assert.Equal(memberId, published.GetProperty("memberId").GetGuid());
            Assert.Equal(email, published.GetProperty("email").GetString());
            Assert.True(published.GetProperty("phoneVerified").GetBoolean());
            Assert.False(published.TryGetProperty("phoneNumber", out _));

            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Onboarding.IdentityPortal.Infrastructure.IdentityDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == accountId);
            Assert.Equal(email, user.Email);
            Assert.True(user.EmailConfirmed);
            Assert.Equal(e164, user.PhoneNumber);
            Assert.True(user.PhoneNumberConfirmed);
            Assert.Equal(("岡田", "タロウ"), (user.FamilyName, user.GivenName));
            Assert.Equal(memberId, user.MemberId);
            // The password is stored only as Identity's hash, which verifies it.
            Assert.NotNull(user.PasswordHash);
            Assert.DoesNotContain(Password, user.PasswordHash);
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, Password));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True(await users.CheckPasswordAsync(user, Password));
            var flow = await db.SignupFlows.SingleAsync(f => f.Id == signupId);
            Assert.Equal(SignupStatus.Completed, flow.Status);
            Assert.Equal(user.PasswordHash, flow.PasswordHash);
            // Nowhere in the database, outbox included, is the password in plain text.
            var plainCount = await db.Database.SqlQuery<int>($"""
                SELECT ((SELECT count(*) FROM signup_flows f WHERE f::text LIKE {'%' + Password + '%'})
                      + (SELECT count(*) FROM asp_net_users u WHERE u::text LIKE {'%' + Password + '%'})
                      + (SELECT count(*) FROM outbox_messages o WHERE o::text LIKE {'%' + Password + '%'}))::int AS "Value"
                """).SingleAsync();
            Assert.Equal(0, plainCount);
            Assert.Equal(accountId, (await db.ConfirmedAddresses.SingleAsync(a => a.MemberId == memberId)).AccountId);
            Assert.Equal("completed", (await ApiClient.JsonAsync(await _api.GetSignupAsync(signupId))).GetProperty("status").GetString());

            // The account now exists: a new sign-up is refused. The same verification again is the press repeated after
            // its answer was lost: the same account, created once; any other code is refused.
            await ApiClient.ProblemAsync(await _api.SignUpAsync(email), HttpStatusCode.Conflict, "account_exists");
            var repeated = await _api.VerifyPhoneAsync(signupId, code);
            Assert.Equal(HttpStatusCode.Created, repeated.StatusCode);
            Assert.Equal(accountId, (await ApiClient.JsonAsync(repeated)).GetProperty("accountId").GetGuid());
            Assert.Equal(1, await db.Users.CountAsync(u => u.MemberId == memberId));
            var otherCode = code == "000000" ? "000001" : "000000";
            await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, otherCode), HttpStatusCode.Conflict, "account_exists");
        });
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_and_change_nothing()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var mobile = NewMobile();

        _api.Language = "en";
        var early = await ApiClient.ProblemAsync(await _api.SetProfileAsync(signupId, Password, Password, "岡田", "太郎"),
            HttpStatusCode.Conflict, "email_not_verified");
        Assert.Contains("not verified", early.GetProperty("title").GetString());
        await ApiClient.ProblemAsync(await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms"), HttpStatusCode.Conflict, "email_not_verified");
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, "123456"), HttpStatusCode.Conflict, "email_not_verified");

        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(signupId, await _notifications.CodeForAsync(signupId))).StatusCode);
        await ApiClient.ProblemAsync(await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms"), HttpStatusCode.Conflict, "profile_not_set");
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, "123456"), HttpStatusCode.Conflict, "profile_not_set");
        Assert.Equal(HttpStatusCode.OK, (await _api.SetProfileAsync(signupId, Password, Password, "岡田", "太郎")).StatusCode);
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, "123456"), HttpStatusCode.Conflict, "phone_code_not_sent");

        Assert.False(await factory.WithDbAsync(db => db.PhoneCodeChallenges.AnyAsync(c => c.FlowId == signupId)));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        // The flow says where it stands, so the member resumes at the phone screen.
        var state = await ApiClient.JsonAsync(await _api.GetSignupAsync(signupId));
        Assert.Equal("profile_set", state.GetProperty("status").GetString());
        Assert.False(state.GetProperty("expired").GetBoolean());
        await ApiClient.ProblemAsync(await _api.GetSignupAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "signup_not_found");
        await ApiClient.ProblemAsync(await _api.SetProfileAsync(Guid.NewGuid(), Password, Password, "岡田", "太郎"),
            HttpStatusCode.NotFound, "signup_not_found");
    }

    private static (string? password, string? confirmation, string? familyName, string? givenName, string field, string errorCode)[] BadProfiles =>
    [
        (null, null, "岡田", "太郎", "password", "password.required"),
        ("Ab1!x", "Ab1!x", "岡田", "太郎", "password", "password.too_short"),
        ("Ab1" + new string('x', 62), "Ab1" + new string('x', 62), "岡田", "太郎", "password", "password.too_long"),
        ("abcdefghij", "abcdefghij", "岡田", "太郎", "password", "password.too_simple"),
        ("{local}", "{local}", "岡田", "太郎", "password", "password.contains_email"),
        ("X{local}9!", "X{local}9!", "岡田", "太郎", "password", "password.contains_email"),
        (Password, "Sakura2026?", "岡田", "太郎", "passwordConfirmation", "passwordConfirmation.mismatch"),
        (Password, null, "岡田", "太郎", "passwordConfirmation", "passwordConfirmation.required"),
        (Password, Password, null, "太郎", "familyName", "familyName.required"),
        (Password, Password, " 　 ", "太郎", "familyName", "familyName.required"),
        (Password, Password, new string('岡', 51), "太郎", "familyName", "familyName.too_long"),
        (Password, Password, "岡田", "", "givenName", "givenName.required"),
        (Password, Password, "岡田", new string('a', 51), "givenName", "givenName.too_long"),
    ];

    [Fact]
    public Task Bad_profiles_are_refused_naming_the_field_and_change_nothing() =>
        Assert.AllAsync(BadProfiles, async row =>
        {
            var (password, confirmation, familyName, givenName, field, errorCode) = row;
            var (signupId, email, _) = await EmailVerifiedAsync();
            var local = email[..email.IndexOf('@')];
            password = password?.Replace("{local}", local.ToUpperInvariant());
            confirmation = confirmation?.Replace("{local}", local.ToUpperInvariant());

            var problem = await ApiClient.ProblemAsync(await _api.SetProfileAsync(signupId, password, confirmation, familyName, givenName),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty(field).GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
            var flow = await factory.WithDbAsync(db => db.SignupFlows.SingleAsync(f => f.Id == signupId));
            Assert.Equal(SignupStatus.EmailVerified, flow.Status);
            Assert.Null(flow.PasswordHash);
        });

    [Fact]
    public async Task Bad_phone_requests_are_refused_naming_the_field_and_send_nothing()
    {
        var (signupId, _, _) = await ProfileSetAsync();
        (string? Number, string? Channel, string Field, string Code)[] cases =
        [
            (null, "sms", "phoneNumber", "phoneNumber.required"),
            ("", "sms", "phoneNumber", "phoneNumber.required"),
            ("abc", "sms", "phoneNumber", "phoneNumber.invalid"),
            ("090-1234-567", "sms", "phoneNumber", "phoneNumber.invalid"),
            ("+1 202 555 0123", "voice", "phoneNumber", "phoneNumber.invalid"),
            ("03-1234-5678", "sms", "phoneNumber", "phoneNumber.not_mobile"),
            ("0120-123-456", "voice", "phoneNumber", "phoneNumber.not_callable"),
            ("090-1234-5678", null, "channel", "channel.required"),
            ("090-1234-5678", "fax", "channel", "channel.invalid"),
        ];
        foreach (var (number, channel, field, code) in cases)
        {
            var problem = await ApiClient.ProblemAsync(await _api.SendPhoneCodeAsync(signupId, number, channel),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(code == problem.GetProperty("errorCodes").GetProperty(field).GetString(), $"{number}/{channel}: {problem}");
        }
        Assert.False(await factory.WithDbAsync(db => db.PhoneCodeChallenges.AnyAsync(c => c.FlowId == signupId)));
    }

    [Fact]
    public async Task A_wrong_phone_code_says_how_many_tries_remain_and_five_lock_it()
    {
        var (signupId, _, _) = await ProfileSetAsync();
        var mobile = NewMobile();
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms")).StatusCode);
        var code = (await _notifications.PhoneCodeForAsync(mobile.E164)).GetProperty("code").GetString()!;

        for (var remaining = 4; remaining >= 1; remaining--)
        {
            var wrong = await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, Wrong(code)), HttpStatusCode.BadRequest, "invalid_code");
            Assert.Equal(remaining, wrong.GetProperty("attemptsRemaining").GetInt32());
        }
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, Wrong(code)), HttpStatusCode.Gone, "code_locked");
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, code), HttpStatusCode.Gone, "code_locked");
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.PhoneNumber == mobile.E164)));

        // A new code after the cooldown works, and voids nothing but the old one.
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "voice")).StatusCode);
        var second = (await _notifications.PhoneCodeForAsync(mobile.E164, 2)).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await _api.VerifyPhoneAsync(signupId, second)).StatusCode);
    }

    [Fact]
    public async Task A_phone_code_expires_after_10_minutes()
    {
        var (signupId, _, _) = await ProfileSetAsync();
        var mobile = NewMobile();
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms")).StatusCode);
        var code = (await _notifications.PhoneCodeForAsync(mobile.E164)).GetProperty("code").GetString()!;

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, code), HttpStatusCode.Gone, "code_expired");
        var flow = await factory.WithDbAsync(db => db.SignupFlows.SingleAsync(f => f.Id == signupId));
        Assert.Equal(SignupStatus.ProfileSet, flow.Status);
    }

    [Fact]
    public async Task Phone_codes_wait_60_seconds_void_the_older_and_stop_at_5_per_number_a_day()
    {
        var (signupId, _, _) = await ProfileSetAsync();
        var mobile = NewMobile();
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms")).StatusCode);
        var first = (await _notifications.PhoneCodeForAsync(mobile.E164)).GetProperty("code").GetString()!;

        // The same number and channel again is the same press repeated: the code already sent, no second SMS.
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        var repeated = await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms");
        Assert.Equal(HttpStatusCode.Accepted, repeated.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.PhoneCodeChallenges.CountAsync(c => c.FlowId == signupId)));

        // A voice call instead, inside the cooldown, is another request: too soon.
        factory.Clock.Advance(TimeSpan.FromSeconds(35));
        var tooSoon = await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "voice");
        var problem = await ApiClient.ProblemAsync(tooSoon, HttpStatusCode.TooManyRequests, "resend_too_soon");
        Assert.Equal(15, problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal("15", tooSoon.Headers.RetryAfter?.ToString());

        for (var sent = 2; sent <= 5; sent++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(60));
            Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "sms")).StatusCode);
        }
        // Only the latest code counts: the first one, voided, is a wrong try against it.
        if (first != (await _notifications.PhoneCodeForAsync(mobile.E164, 5)).GetProperty("code").GetString())
        {
            await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(signupId, first), HttpStatusCode.BadRequest, "invalid_code");
        }
        Assert.Equal(CodeStatus.Voided, (await factory.WithDbAsync(db => db.PhoneCodeChallenges
            .Where(c => c.FlowId == signupId).OrderBy(c => c.CreatedAt).FirstAsync())).Status);

        // The sixth to this number in 24 hours is refused, for another sign-up too.
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        var limit = await ApiClient.ProblemAsync(await _api.SendPhoneCodeAsync(signupId, mobile.Typed, "voice"),
            HttpStatusCode.TooManyRequests, "phone_daily_limit_reached");
        Assert.True(limit.GetProperty("retryAfterSeconds").GetInt32() > 23 * 3600);
        var (other, _, _) = await ProfileSetAsync();
        await ApiClient.ProblemAsync(await _api.SendPhoneCodeAsync(other, mobile.Typed, "sms"),
            HttpStatusCode.TooManyRequests, "phone_daily_limit_reached");
        Assert.Equal(5, await factory.WithDbAsync(db => db.PhoneCodeChallenges.CountAsync(c => c.PhoneNumber == mobile.E164)));

        // The latest code still works.
        var latest = (await _notifications.PhoneCodeForAsync(mobile.E164, 5)).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await _api.VerifyPhoneAsync(signupId, latest)).StatusCode);
    }

    [Fact]
    public async Task One_member_gets_at_most_10_phone_codes_a_day_across_sign_ups_and_numbers()
    {
        var email = NewAddress();
        var member = await factory.ConfirmInStep1Async(email);
        async Task<Guid> NewSignupReadyForPhoneAsync()
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(61));
            var signupId = await _api.SignupIdAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(signupId, await _notifications.CodeForAsync(signupId))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _api.SetProfileAsync(signupId, Password, Password, "岡田", "太郎")).StatusCode);
            return signupId;
        }
        var signups = new List<Guid> { await NewSignupReadyForPhoneAsync(), await NewSignupReadyForPhoneAsync(), await NewSignupReadyForPhoneAsync() };

        // Ten codes, each to a fresh number (so no number reaches its own cap of 5), spread over the sign-ups.
        var firstSentAt = factory.Clock.GetUtcNow() + TimeSpan.FromSeconds(61);
        for (var sent = 0; sent < 10; sent++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(61));
            var response = await _api.SendPhoneCodeAsync(signups[sent % 3], NewMobile().Typed, sent % 2 == 0 ? "sms" : "voice");
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"code {sent + 1}: {await ApiClient.JsonAsync(response)}");
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        foreach (var signupId in signups)
        {
            var refused = await _api.SendPhoneCodeAsync(signupId, NewMobile().Typed, "sms");
            var problem = await ApiClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "phone_member_daily_limit_reached");
            var wait = (int)Math.Ceiling((firstSentAt + TimeSpan.FromHours(24) - factory.Clock.GetUtcNow()).TotalSeconds);
            Assert.Equal(wait, problem.GetProperty("retryAfterSeconds").GetInt32());
            Assert.Equal(TimeSpan.FromSeconds(wait), refused.Headers.RetryAfter?.Delta);
        }
        Assert.Equal(10, await factory.WithDbAsync(db => db.PhoneCodeChallenges
            .CountAsync(c => db.SignupFlows.Any(f => f.Id == c.FlowId && f.MemberId == member.MemberId))));

        // A day after the first code, the member may have one again (in a new sign-up: these have expired).
        factory.Clock.SetUtcNow(firstSentAt + TimeSpan.FromHours(24) - TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(await NewSignupReadyForPhoneAsync(), NewMobile().Typed, "sms")).StatusCode);
    }

    [Fact]
    public async Task A_second_sign_up_of_the_member_stops_once_the_first_created_the_account()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var first = await _api.SignupIdAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(first, await _notifications.CodeForAsync(first))).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        var second = await _api.SignupIdAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(second, await _notifications.CodeForAsync(second))).StatusCode);
        foreach (var signupId in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, (await _api.SetProfileAsync(signupId, Password, Password, "岡田", "太郎")).StatusCode);
        }

        var mobile = NewMobile();
        Assert.Equal(HttpStatusCode.Accepted, (await _api.SendPhoneCodeAsync(first, mobile.Typed, "sms")).StatusCode);
        var code = (await _notifications.PhoneCodeForAsync(mobile.E164)).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await _api.VerifyPhoneAsync(first, code)).StatusCode);

        await ApiClient.ProblemAsync(await _api.SetProfileAsync(second, Password, Password, "岡田", "太郎"), HttpStatusCode.Conflict, "account_exists");
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        await ApiClient.ProblemAsync(await _api.SendPhoneCodeAsync(second, NewMobile().Typed, "sms"), HttpStatusCode.Conflict, "account_exists");
        await ApiClient.ProblemAsync(await _api.VerifyPhoneAsync(second, code), HttpStatusCode.Conflict, "account_exists");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";
}
