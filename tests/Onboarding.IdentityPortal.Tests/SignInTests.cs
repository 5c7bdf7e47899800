using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>Sign-in by e-mailed code and by password: tokens, the code limits of docs/architecture.md §6.2, lock-out, unknown addresses.</summary>
[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    [Fact]
    public async Task A_mailed_code_signs_the_member_in_with_an_access_and_a_refresh_token()
    {
        var user = await _signIns.CreateAccountAsync();
        var now = factory.Clock.GetUtcNow();
        var started = await _signIns.StartAsync(user.Email);
        var body = await ApiClient.JsonAsync(started);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(user.Email![..3] + "*****@example.ac.jp", body.GetProperty("sentTo").GetString());
        Assert.Equal(now.AddMinutes(15), body.GetProperty("codeExpiresAt").GetDateTimeOffset());
        Assert.Equal(now.AddSeconds(60), body.GetProperty("resendAvailableAt").GetDateTimeOffset());

        var signInId = body.GetProperty("signInId").GetGuid();
        var verified = await _signIns.VerifyAsync(signInId, await _notifications.SignInCodeForAsync(signInId));
        var tokens = await ApiClient.JsonAsync(verified);
        Assert.True(verified.StatusCode == HttpStatusCode.OK, tokens.ToString());
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.Equal(600, tokens.GetProperty("expires_in").GetInt32());
        Assert.Equal(3, tokens.GetProperty("access_token").GetString()!.Split('.').Length);
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        Assert.Equal(user.MemberId.ToString(), tokens.GetProperty("member_id").GetString());

        // Single use: the same code again is refused — a code that hands out tokens is never answered twice.
        var again = await _signIns.VerifyAsync(signInId, await _notifications.SignInCodeForAsync(signInId));
        await ApiClient.ProblemAsync(again, HttpStatusCode.Gone, "code_used");
    }

    [Fact]
    public async Task A_sign_in_started_again_within_the_cooldown_continues_the_first_alike_with_or_without_an_account()
    {
        var known = (await _signIns.CreateAccountAsync()).Email!;
        var unknown = SignInClient.NewAddress();
        var started = new Dictionary<string, Guid>();
        foreach (var email in new[] { known, unknown })
        {
            var first = started[email] = await _signIns.StartedAsync(email);
            factory.Clock.Advance(TimeSpan.FromSeconds(15));
            // The first press's answer was lost: 確認コードを送信 again continues the same sign-in, sending nothing.
            var repeated = await ApiClient.JsonAsync(await _signIns.StartAsync(email));
            Assert.Equal(first, repeated.GetProperty("signInId").GetGuid());
            Assert.Equal(1, await factory.WithDbAsync(db => db.SignInCodeChallenges.CountAsync(c => c.FlowId == first)));
        }
        await _notifications.SignInCodeForAsync(started[known]);
        Assert.Single(_notifications.Seen, m => m.TryGetProperty("to", out var to) && to.GetString() == known);
    }

    [Fact]
    public async Task An_address_without_an_account_is_answered_exactly_like_one_with_an_account_and_gets_no_mail()
    {
        var known = await _signIns.CreateAccountAsync();
        var unknown = SignInClient.NewAddress();

        var unknownResponse = await _signIns.StartAsync(unknown);
        var unknownStart = await ApiClient.JsonAsync(unknownResponse);
        var knownStart = await ApiClient.JsonAsync(await _signIns.StartAsync(known.Email));
        Assert.Equal(HttpStatusCode.Accepted, unknownResponse.StatusCode);
        Assert.Equal(PropertyNames(knownStart), PropertyNames(unknownStart));

        var knownWrong = await ApiClient.ProblemAsync(
            await _signIns.VerifyAsync(knownStart.GetProperty("signInId").GetGuid(), "000000"), HttpStatusCode.BadRequest, "invalid_code");
        var unknownWrong = await ApiClient.ProblemAsync(
            await _signIns.VerifyAsync(unknownStart.GetProperty("signInId").GetGuid(), "000000"), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(knownWrong.GetProperty("title").GetString(), unknownWrong.GetProperty("title").GetString());
        Assert.Equal(4, unknownWrong.GetProperty("attemptsRemaining").GetInt32());

        // The outbox relays in commit order: once the known address's mail (started later) is on the queue, a mail
        // for the unknown address would be there too.
        await _notifications.SignInCodeForAsync(knownStart.GetProperty("signInId").GetGuid());
        Assert.DoesNotContain(_notifications.Seen, m => m.TryGetProperty("to", out var to) && to.GetString() == unknown);
    }

    [Fact]
    public async Task No_code_signs_in_an_address_without_an_account_not_even_a_lucky_guess()
    {
        var unknownId = await _signIns.StartedAsync(SignInClient.NewAddress());
        var known = await _signIns.CreateAccountAsync();
        var knownId = await _signIns.StartedAsync(known.Email!);

        // Every six-digit code a guesser could type, checked against what is stored, with the service's own hasher.
        var stored = await factory.WithDbAsync(db => db.SignInCodeChallenges.SingleAsync(c => c.FlowId == unknownId));
        var hasher = factory.Services.GetRequiredService<VerificationCodeHasher>();
        var matching = Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6"))
            .Where(code => hasher.Matches(stored.Id, code, stored.CodeHash)).ToList();

        // The lucky guess (the code that would have been "sent", when there is one) is answered like a wrong code.
        var guess = matching.FirstOrDefault() ?? "123456";
        var knownWrong = await ApiClient.ProblemAsync(await _signIns.VerifyAsync(knownId, Wrong(
            await _notifications.SignInCodeForAsync(knownId))), HttpStatusCode.BadRequest, "invalid_code");
        var unknownGuess = await ApiClient.ProblemAsync(await _signIns.VerifyAsync(unknownId, guess), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(Without(knownWrong, "traceId"), Without(unknownGuess, "traceId"));
        Assert.Empty(matching);
        Assert.Null((await factory.WithDbAsync(db => db.SignIns.SingleAsync(s => s.Id == unknownId))).CompletedAt);
    }

    [Fact]
    public async Task Sign_in_codes_keep_the_e_mail_code_limits()
    {
        var user = await _signIns.CreateAccountAsync();
        var signInId = await _signIns.StartedAsync(user.Email!);

        var tooSoon = await ApiClient.ProblemAsync(await _signIns.ResendAsync(signInId), HttpStatusCode.TooManyRequests, "resend_too_soon");
        Assert.Equal(60, tooSoon.GetProperty("retryAfterSeconds").GetInt32());

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Accepted, (await _signIns.ResendAsync(signInId)).StatusCode);
        var first = await _notifications.SignInCodeForAsync(signInId, 1);
        var second = await _notifications.SignInCodeForAsync(signInId, 2);
        // Only the newest code counts: the older one is just a wrong code now.
        var old = await ApiClient.ProblemAsync(
            await _signIns.VerifyAsync(signInId, first == second ? Wrong(second) : first), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(4, old.GetProperty("attemptsRemaining").GetInt32());

        for (var attempt = 2; attempt < 5; attempt++)
        {
            var wrong = await ApiClient.ProblemAsync(await _signIns.VerifyAsync(signInId, Wrong(second)), HttpStatusCode.BadRequest, "invalid_code");
            Assert.Equal(5 - attempt, wrong.GetProperty("attemptsRemaining").GetInt32());
        }
        await ApiClient.ProblemAsync(await _signIns.VerifyAsync(signInId, Wrong(second)), HttpStatusCode.Gone, "code_locked");
        // Locked means locked: even the right code no longer works.
        await ApiClient.ProblemAsync(await _signIns.VerifyAsync(signInId, second), HttpStatusCode.Gone, "code_locked");
    }

    [Fact]
    public async Task A_code_expires_after_15_minutes()
    {
        var user = await _signIns.CreateAccountAsync();
        var signInId = await _signIns.StartedAsync(user.Email!);
        var code = await _notifications.SignInCodeForAsync(signInId);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await ApiClient.ProblemAsync(await _signIns.VerifyAsync(signInId, code), HttpStatusCode.Gone, "code_expired");
    }

    [Fact]
    public async Task The_password_signs_in_and_a_wrong_password_and_an_unknown_address_are_answered_alike()
    {
        var user = await _signIns.CreateAccountAsync();
        var signedIn = await _signIns.PasswordAsync(user.Email, SignInClient.Password);
        var tokens = await ApiClient.JsonAsync(signedIn);
        Assert.True(signedIn.StatusCode == HttpStatusCode.OK, tokens.ToString());
        Assert.Equal(user.MemberId.ToString(), tokens.GetProperty("member_id").GetString());

        var wrong = await ApiClient.ProblemAsync(
            await _signIns.PasswordAsync(user.Email, "Wrong-password-1"), HttpStatusCode.Unauthorized, "invalid_credentials");
        var unknown = await ApiClient.ProblemAsync(
            await _signIns.PasswordAsync(SignInClient.NewAddress(), "Wrong-password-1"), HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(Without(wrong, "traceId"), Without(unknown, "traceId"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_password_sign_in_for_15_minutes_whether_or_not_the_account_exists()
    {
        bool[] rows =
        [
            true,
            false,
        ];

        await Assert.AllAsync(rows, async accountExists =>
        {
            var email = accountExists ? (await _signIns.CreateAccountAsync()).Email! : SignInClient.NewAddress();
            for (var attempt = 1; attempt < 5; attempt++)
            {
                await ApiClient.ProblemAsync(await _signIns.PasswordAsync(email, "Wrong-password-1"), HttpStatusCode.Unauthorized, "invalid_credentials");
            }
            var locked = await _signIns.PasswordAsync(email, "Wrong-password-1");
            var problem = await ApiClient.ProblemAsync(locked, HttpStatusCode.TooManyRequests, "sign_in_locked");
            Assert.Equal(900, problem.GetProperty("retryAfterSeconds").GetInt32());
            Assert.Equal(TimeSpan.FromMinutes(15), locked.Headers.RetryAfter?.Delta);

            // While locked, even the right password is refused the same way.
            await ApiClient.ProblemAsync(await _signIns.PasswordAsync(email, SignInClient.Password), HttpStatusCode.TooManyRequests, "sign_in_locked");

            factory.Clock.Advance(TimeSpan.FromMinutes(15));
            var after = await _signIns.PasswordAsync(email, SignInClient.Password);
            if (accountExists) Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            else await ApiClient.ProblemAsync(after, HttpStatusCode.Unauthorized, "invalid_credentials");
        });
    }

    [Fact]
    public async Task Changing_the_case_of_the_address_neither_escapes_the_lock_out_nor_misses_the_account()
    {
        var email = (await _signIns.CreateAccountAsync()).Email!;
        // Each try spelt differently: still one mailbox, one count.
        for (var attempt = 1; attempt < 5; attempt++)
        {
            var spelling = string.Concat(email.Select((c, i) => i < attempt ? char.ToUpperInvariant(c) : c));
            await ApiClient.ProblemAsync(await _signIns.PasswordAsync(spelling, "Wrong-password-1"), HttpStatusCode.Unauthorized, "invalid_credentials");
        }
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(email.ToUpperInvariant(), "Wrong-password-1"),
            HttpStatusCode.TooManyRequests, "sign_in_locked");

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(email.ToUpperInvariant(), SignInClient.Password)).StatusCode);
    }

    private static (string? email, string? password, string field, string errorCode)[] BadSignIns =>
    [
        (null, null, "email", "email.required"),
        ("  ", null, "email", "email.required"),
        ("not-an-address", null, "email", "email.invalid"),
        ("a@b", null, "email", "email.invalid"),
        ("member@example.ac.jp", "", "password", "password.required"),
    ];

    [Fact]
    public Task Bad_sign_in_input_is_refused_naming_the_field() =>
        Assert.AllAsync(BadSignIns, async row =>
        {
            var (email, password, field, errorCode) = row;
            var response = password is null ? await _signIns.StartAsync(email, "en") : await _signIns.PasswordAsync(email, password, "en");
            var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty(field).GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
        });

    [Fact]
    public async Task Bad_codes_are_refused_naming_the_field_and_cost_no_attempt()
    {
        (string? code, string errorCode)[] rows =
        [
            (null, "code.required"),
            ("12345", "code.format"),
            ("12345a", "code.format"),
            ("1234567", "code.format"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (code, errorCode) = row;
            var user = await _signIns.CreateAccountAsync();
            var signInId = await _signIns.StartedAsync(user.Email!);
            var problem = await ApiClient.ProblemAsync(await _signIns.VerifyAsync(signInId, code), HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty("code").GetString());

            // Full-width digits are the member's code all the same.
            var real = await _notifications.SignInCodeForAsync(signInId);
            var fullWidth = string.Concat(real.Select(c => (char)(c - '0' + '０')));
            Assert.Equal(HttpStatusCode.OK, (await _signIns.VerifyAsync(signInId, fullWidth)).StatusCode);
        });
    }

    [Fact]
    public async Task An_unknown_sign_in_is_not_found()
    {
        await ApiClient.ProblemAsync(await _signIns.VerifyAsync(Guid.NewGuid(), "123456"), HttpStatusCode.NotFound, "sign_in_not_found");
        await ApiClient.ProblemAsync(await _signIns.ResendAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "sign_in_not_found");
    }

    private static string Wrong(string code) => code == "999999" ? "999998" : "999999";

    private static string[] PropertyNames(JsonElement body) => body.EnumerateObject().Select(p => p.Name).Order().ToArray();

    private static string Without(JsonElement body, string property) =>
        string.Join(",", body.EnumerateObject().Where(p => p.Name != property).Select(p => $"{p.Name}={p.Value}"));
}
