using Onboarding.Testing.Messaging;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Tests;

[Collection(PortalCollection.Name)]
public sealed class SignupTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    private static string NewAddress() => $"m{Guid.NewGuid():N}"[..12] + "@example.ac.jp";

    [Fact]
    public async Task Before_step1_sign_up_is_refused_saying_where_to_go()
    {
        (string language, string saying, string where)[] rows =
        [
            ("ja", "STEP 1", "/step1"),
            ("en", "complete STEP 1 first", "/step1"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (language, saying, where) = row;
            _api.Language = language;
            var email = NewAddress();
            var response = await _api.SignUpAsync(email);

            var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.Conflict, "step1_not_completed");
            Assert.Equal("/step1", problem.GetProperty("nextStep").GetString());
            var title = problem.GetProperty("title").GetString()!;
            Assert.Contains(saying, title);
            // The page to go to travels as nextStep; the member-facing text names the step, not a path.
            Assert.DoesNotContain(where, title);
            Assert.Equal(language == "ja", title.Contains("メールアドレスの確認"));
            Assert.False(await factory.WithDbAsync(db => db.SignupFlows.AnyAsync(f => f.Email == email)));
        });
    }

    [Fact]
    public async Task After_step1_the_confirmed_address_signs_up_and_is_verified_with_the_mailed_code()
    {
        await factory.ConfirmInStep1Async("hanako.portal@example.ac.jp");
        var now = factory.Clock.GetUtcNow();

        // Typed in full-width with an upper-case domain and a trailing space: the same address after normalisation.
        var response = await _api.SignUpAsync("ｈａｎａｋｏ．ｐｏｒｔａｌ＠Example.AC.JP ");
        var body = await ApiClient.JsonAsync(response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var signupId = body.GetProperty("signupId").GetGuid();
        Assert.Equal($"/api/portal/signups/{signupId}", response.Headers.Location?.OriginalString);
        Assert.Equal(now.AddMinutes(60), body.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(now.AddMinutes(15), body.GetProperty("codeExpiresAt").GetDateTimeOffset());
        Assert.Equal(now.AddSeconds(60), body.GetProperty("resendAvailableAt").GetDateTimeOffset());

        var command = await _notifications.WaitForAsync(m => m.TryGetProperty("signupId", out var id) && id.GetGuid() == signupId);
        Assert.Equal("hanako.portal@example.ac.jp", command.GetProperty("to").GetString());
        Assert.Equal("ja", command.GetProperty("culture").GetString());
        Assert.Equal(now.AddMinutes(15), command.GetProperty("expiresAt").GetDateTimeOffset());
        var code = command.GetProperty("code").GetString()!;
        Assert.Matches("^[0-9]{6}$", code);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var verified = await _api.VerifyAsync(signupId, code);
        var result = await ApiClient.JsonAsync(verified);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("hanako.portal@example.ac.jp", result.GetProperty("email").GetString());
        Assert.Equal(now.AddMinutes(5), result.GetProperty("emailVerifiedAt").GetDateTimeOffset());

        var flow = await factory.WithDbAsync(db => db.SignupFlows.SingleAsync(f => f.Id == signupId));
        Assert.Equal(SignupStatus.EmailVerified, flow.Status);
        // Only a keyed hash of the code is stored.
        var stored = await factory.WithDbAsync(db => db.EmailCodeChallenges.SingleAsync(c => c.FlowId == signupId));
        Assert.Equal(32, stored.CodeHash.Length);

        // Single use: the same code again is the press repeated after its answer was lost (the first answer again,
        // nothing changed); any other code is refused as used.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var repeated = await ApiClient.JsonAsync(await _api.VerifyAsync(signupId, code));
        Assert.Equal(now.AddMinutes(5), repeated.GetProperty("emailVerifiedAt").GetDateTimeOffset());
        var otherCode = code == "000000" ? "000001" : "000000";
        await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, otherCode), HttpStatusCode.Gone, "code_used");
    }

    [Fact]
    public async Task Bad_addresses_are_refused_naming_the_field()
    {
        (string? email, string errorCode)[] rows =
        [
            (null, "email.required"),
            ("", "email.required"),
            ("   ", "email.required"),
            ("abc", "email.invalid"),
            ("a@b", "email.invalid"),
            ("a@@example.jp", "email.invalid"),
            ("a b@example.jp", "email.invalid"),
            ("はなこ@example.jp", "email.invalid"),
            ("hanako@example..jp", "email.invalid"),
            ("@example.jp", "email.invalid"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (email, errorCode) = row;
            var problem = await ApiClient.ProblemAsync(await _api.SignUpAsync(email), HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty("email").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty("email")[0].GetString()));
        });
    }

    [Fact]
    public async Task An_address_longer_than_254_characters_is_refused()
    {
        var problem = await ApiClient.ProblemAsync(await _api.SignUpAsync(new string('a', 64) + "@" + new string('b', 187) + ".jp"),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("email.invalid", problem.GetProperty("errorCodes").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Bad_codes_are_refused_naming_the_field_and_cost_no_attempt()
    {
        (string? code, string errorCode)[] rows =
        [
            (null, "code.required"),
            ("", "code.required"),
            ("12345", "code.format"),
            ("1234567", "code.format"),
            ("12a456", "code.format"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (code, errorCode) = row;
            var email = NewAddress();
            await factory.ConfirmInStep1Async(email);
            var signupId = await _api.SignupIdAsync(email);

            var problem = await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, code), HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty("code").GetString());
            var stored = await factory.WithDbAsync(db => db.EmailCodeChallenges.SingleAsync(c => c.FlowId == signupId));
            Assert.Equal(0, stored.FailedAttempts);
        });
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_tries_remain_and_the_right_one_still_works()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var code = await _notifications.CodeForAsync(signupId);

        _api.Language = "en";
        var problem = await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, Wrong(code)), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(4, problem.GetProperty("attemptsRemaining").GetInt32());
        Assert.Equal("The verification code is not correct.", problem.GetProperty("title").GetString());

        // Full-width digits are what many members type.
        var fullWidth = string.Concat(code.Select(c => (char)(c - '0' + '０')));
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(signupId, fullWidth)).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_code_even_for_the_right_one()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var code = await _notifications.CodeForAsync(signupId);

        for (var remaining = 4; remaining >= 1; remaining--)
        {
            var wrong = await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, Wrong(code)), HttpStatusCode.BadRequest, "invalid_code");
            Assert.Equal(remaining, wrong.GetProperty("attemptsRemaining").GetInt32());
        }
        var locked = await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, Wrong(code)), HttpStatusCode.Gone, "code_locked");
        Assert.Equal(0, locked.GetProperty("attemptsRemaining").GetInt32());
        await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, code), HttpStatusCode.Gone, "code_locked");

        // A new code (after the cooldown) works again.
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ResendAsync(signupId)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(signupId, await _notifications.CodeForAsync(signupId, 2))).StatusCode);
    }

    [Fact]
    public async Task A_code_expires_after_15_minutes()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var code = await _notifications.CodeForAsync(signupId);

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, code), HttpStatusCode.Gone, "code_expired");
        var flow = await factory.WithDbAsync(db => db.SignupFlows.SingleAsync(f => f.Id == signupId));
        Assert.Equal(SignupStatus.EmailPending, flow.Status);
    }

    [Fact]
    public async Task A_sign_up_expires_after_an_hour_and_says_so()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var code = await _notifications.CodeForAsync(signupId);

        factory.Clock.Advance(TimeSpan.FromMinutes(60));
        await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, code), HttpStatusCode.Gone, "signup_expired");
        await ApiClient.ProblemAsync(await _api.ResendAsync(signupId), HttpStatusCode.Gone, "signup_expired");
        // A new sign-up is offered and works.
        Assert.Equal(HttpStatusCode.Created, (await _api.SignUpAsync(email)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_sign_up_is_not_found()
    {
        await ApiClient.ProblemAsync(await _api.VerifyAsync(Guid.NewGuid(), "123456"), HttpStatusCode.NotFound, "signup_not_found");
        await ApiClient.ProblemAsync(await _api.ResendAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "signup_not_found");
    }

    [Fact]
    public async Task A_code_cannot_be_resent_within_60_seconds_and_a_new_code_voids_the_old()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);
        var first = await _notifications.CodeForAsync(signupId);

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var tooSoon = await ApiClient.ProblemAsync(await _api.ResendAsync(signupId), HttpStatusCode.TooManyRequests, "resend_too_soon");
        Assert.Equal(40, tooSoon.GetProperty("retryAfterSeconds").GetInt32());
        // 今すぐサインアップ pressed again (the first answer lost): the same sign-up and code, no second mail.
        var again = await _api.SignUpAsync(email);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(signupId, (await ApiClient.JsonAsync(again)).GetProperty("signupId").GetGuid());
        Assert.Equal(1, await factory.WithDbAsync(db => db.EmailCodeChallenges.CountAsync(c => c.FlowId == signupId)));

        factory.Clock.Advance(TimeSpan.FromSeconds(40));
        var resent = await _api.ResendAsync(signupId);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var second = await _notifications.CodeForAsync(signupId, 2);
        if (first != second)
        {
            await ApiClient.ProblemAsync(await _api.VerifyAsync(signupId, first), HttpStatusCode.BadRequest, "invalid_code");
        }
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(signupId, second)).StatusCode);
        var codes = await factory.WithDbAsync(db => db.EmailCodeChallenges.Where(c => c.FlowId == signupId).OrderBy(c => c.CreatedAt).ToListAsync());
        Assert.Equal([CodeStatus.Voided, CodeStatus.Used], codes.Select(c => c.Status));
    }

    [Fact]
    public async Task A_new_sign_up_for_the_same_address_voids_the_older_sign_ups_code()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var older = await _api.SignupIdAsync(email);
        var olderCode = await _notifications.CodeForAsync(older);

        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        var newer = await _api.SignupIdAsync(email);
        await ApiClient.ProblemAsync(await _api.VerifyAsync(older, olderCode), HttpStatusCode.Gone, "code_superseded");
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(newer, await _notifications.CodeForAsync(newer))).StatusCode);
    }

    [Fact]
    public async Task Parallel_clicks_send_one_code_and_all_continue_the_same_sign_up()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _api.SignUpAsync(email)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var signups = await Task.WhenAll(responses.Select(async r => (await ApiClient.JsonAsync(r)).GetProperty("signupId").GetGuid()));
        Assert.Single(signups.Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.EmailCodeChallenges.CountAsync(c => c.Email == email)));
    }

    [Fact]
    public async Task A_sign_up_whose_address_the_member_replaced_in_step1_sends_no_more_codes()
    {
        var email = NewAddress();
        var confirmed = await factory.ConfirmInStep1Async(email);
        var signupId = await _api.SignupIdAsync(email);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await factory.ConfirmInStep1Async(NewAddress(), confirmed.MemberId);
        var problem = await ApiClient.ProblemAsync(await _api.ResendAsync(signupId), HttpStatusCode.Conflict, "step1_not_completed");
        Assert.Equal("/step1", problem.GetProperty("nextStep").GetString());
    }

    [Fact]
    public async Task At_most_10_codes_go_to_one_address_in_24_hours()
    {
        var email = NewAddress();
        await factory.ConfirmInStep1Async(email);
        var start = factory.Clock.GetUtcNow();
        for (var i = 0; i < EmailCodeChallenge.DailyCap; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _api.SignUpAsync(email)).StatusCode);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var capped = await ApiClient.ProblemAsync(await _api.SignUpAsync(email), HttpStatusCode.TooManyRequests, "daily_limit_reached");
        var expectedWait = start.AddHours(24) - factory.Clock.GetUtcNow();
        Assert.Equal((int)expectedWait.TotalSeconds, capped.GetProperty("retryAfterSeconds").GetInt32());

        factory.Clock.Advance(expectedWait + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Created, (await _api.SignUpAsync(email)).StatusCode);
    }

    [Fact]
    public async Task An_address_whose_member_already_has_an_account_gets_a_clear_answer()
    {
        var email = NewAddress();
        var confirmed = await factory.ConfirmInStep1Async(email);
        // The link an account sets (AccountSignupTests creates real ones), set here directly.
        await factory.WithDbAsync(async db =>
        {
            var address = await db.ConfirmedAddresses.SingleAsync(a => a.MemberId == confirmed.MemberId);
            address.AccountId = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });

        _api.Language = "en";
        var problem = await ApiClient.ProblemAsync(await _api.SignUpAsync(email), HttpStatusCode.Conflict, "account_exists");
        Assert.Contains("already exists", problem.GetProperty("title").GetString());
    }

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";
}
