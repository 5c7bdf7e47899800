using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// パスワードをお忘れの方 (issue 13 §2): a mailed code and a new password under STEP 2's rules; every refresh token of the
/// account revoked and a notice mailed; the same answers for an address without an account; codes single use,
/// expiring, attempt-limited, and a completed reset never replayed.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PasswordResetTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private const string NewPassword = "Hinoki-Forest-2027";

    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task A_reset_replaces_the_password_revokes_every_refresh_token_of_the_account_and_mails_a_notice()
    {
        var user = await _signIns.CreateAccountAsync();
        var other = await _signIns.CreateAccountAsync();
        // Two sittings of the member (a code sign-in and a password one), and one of another member.
        var byCode = (await _signIns.SignedInAsync(_notifications, user.Email!)).GetProperty("refresh_token").GetString()!;
        var byPassword = await RefreshTokenOfPasswordSignInAsync(user.Email!, SignInClient.Password);
        var othersSession = await RefreshTokenOfPasswordSignInAsync(other.Email!, SignInClient.Password);

        var now = factory.Clock.GetUtcNow();
        var started = await ApiClient.JsonAsync(await StartAsync(user.Email));
        Assert.Equal(user.Email![..3] + "*****@example.ac.jp", started.GetProperty("sentTo").GetString());
        Assert.Equal(now.AddMinutes(15), started.GetProperty("codeExpiresAt").GetDateTimeOffset());
        Assert.Equal(now.AddMinutes(30), started.GetProperty("expiresAt").GetDateTimeOffset());
        var resetId = started.GetProperty("passwordResetId").GetGuid();
        var code = await ResetCodeForAsync(resetId);

        var completed = await CompleteAsync(resetId, code, NewPassword);
        var body = await ApiClient.JsonAsync(completed);
        Assert.True(completed.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(now, body.GetProperty("changedAt").GetDateTimeOffset());

        // The old password no longer signs in; the new one does.
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(user.Email, SignInClient.Password), HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(user.Email, NewPassword)).StatusCode);

        // Every sitting of the account ends at its next renewal; another member's goes on.
        await AssertInvalidGrantAsync(await RefreshAsync(byCode));
        await AssertInvalidGrantAsync(await RefreshAsync(byPassword));
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(othersSession)).StatusCode);

        // The notice goes to the account's own address, in the member's language.
        var notice = await _notifications.WaitForAsync(m => m.TryGetProperty("accountId", out var id) && id.GetGuid() == user.Id
            && m.TryGetProperty("changedAt", out _));
        Assert.Equal(user.Email, notice.GetProperty("to").GetString());
        Assert.Equal("ja", notice.GetProperty("culture").GetString());

        // Replaying the spent code (or any other) is refused, and changes nothing.
        await ApiClient.ProblemAsync(await CompleteAsync(resetId, code, "Another-Password-3"), HttpStatusCode.Gone, "password_reset_used");
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(user.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task An_address_without_an_account_is_answered_exactly_like_one_with_an_account_gets_no_mail_and_never_completes()
    {
        var known = await _signIns.CreateAccountAsync();
        var unknown = SignInClient.NewAddress();

        var unknownResponse = await StartAsync(unknown);
        var unknownStart = await ApiClient.JsonAsync(unknownResponse);
        var knownStart = await ApiClient.JsonAsync(await StartAsync(known.Email));
        Assert.Equal(HttpStatusCode.Accepted, unknownResponse.StatusCode);
        Assert.Equal(PropertyNames(knownStart), PropertyNames(unknownStart));
        var unknownId = unknownStart.GetProperty("passwordResetId").GetGuid();
        var knownId = knownStart.GetProperty("passwordResetId").GetGuid();

        // No six-digit code matches what is stored for the unknown address, checked with the service's own hasher.
        var stored = await factory.WithDbAsync(db => db.PasswordResetCodes.SingleAsync(c => c.FlowId == unknownId));
        var hasher = factory.Services.GetRequiredService<VerificationCodeHasher>();
        Assert.DoesNotContain(Enumerable.Range(0, 1_000_000), n => hasher.Matches(stored.Id, n.ToString("D6"), stored.CodeHash));

        var knownCode = await ResetCodeForAsync(knownId);
        var knownWrong = await ApiClient.ProblemAsync(await CompleteAsync(knownId, Wrong(knownCode), NewPassword), HttpStatusCode.BadRequest, "invalid_code");
        var unknownWrong = await ApiClient.ProblemAsync(await CompleteAsync(unknownId, knownCode, NewPassword), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(Without(knownWrong, "traceId"), Without(unknownWrong, "traceId"));
        Assert.Equal(4, unknownWrong.GetProperty("attemptsRemaining").GetInt32());
        Assert.Null((await factory.WithDbAsync(db => db.PasswordResets.SingleAsync(r => r.Id == unknownId))).CompletedAt);

        // The outbox relays in commit order: the known address's code (started later) is on the queue, so a mail for
        // the unknown address would be too.
        Assert.DoesNotContain(_notifications.Seen, m => m.TryGetProperty("to", out var to) && to.GetString() == unknown);
    }

    [Fact]
    public async Task Reset_codes_are_attempt_limited_expire_and_keep_the_e_mail_code_limits()
    {
        var user = await _signIns.CreateAccountAsync();
        var resetId = await StartedAsync(user.Email!);
        var first = await ResetCodeForAsync(resetId);

        var tooSoon = await ApiClient.ProblemAsync(await ResendAsync(resetId), HttpStatusCode.TooManyRequests, "resend_too_soon");
        Assert.Equal(60, tooSoon.GetProperty("retryAfterSeconds").GetInt32());
        // Starting again for the same mailbox is the same code stream, under the same cooldown.
        await ApiClient.ProblemAsync(await StartAsync(user.Email!.ToUpperInvariant()), HttpStatusCode.TooManyRequests, "resend_too_soon");

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Accepted, (await ResendAsync(resetId)).StatusCode);
        var second = await ResetCodeForAsync(resetId, 2);
        // Only the newest code counts: the older one is just a wrong code now.
        await ApiClient.ProblemAsync(await CompleteAsync(resetId, first == second ? Wrong(second) : first, NewPassword),
            HttpStatusCode.BadRequest, "invalid_code");
        for (var attempt = 2; attempt < 5; attempt++)
        {
            var wrong = await ApiClient.ProblemAsync(await CompleteAsync(resetId, Wrong(second), NewPassword), HttpStatusCode.BadRequest, "invalid_code");
            Assert.Equal(5 - attempt, wrong.GetProperty("attemptsRemaining").GetInt32());
        }
        await ApiClient.ProblemAsync(await CompleteAsync(resetId, Wrong(second), NewPassword), HttpStatusCode.Gone, "code_locked");
        // Locked means locked: even the right code no longer works, and the password is unchanged.
        await ApiClient.ProblemAsync(await CompleteAsync(resetId, second, NewPassword), HttpStatusCode.Gone, "code_locked");
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(user.Email, SignInClient.Password)).StatusCode);

        // A new reset's code expires after 15 minutes; the reset itself after 30.
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var later = await StartedAsync(user.Email!);
        var code = await ResetCodeForAsync(later);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await ApiClient.ProblemAsync(await CompleteAsync(later, code, NewPassword), HttpStatusCode.Gone, "code_expired");
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await ApiClient.ProblemAsync(await CompleteAsync(later, code, NewPassword), HttpStatusCode.Gone, "password_reset_expired");
        await ApiClient.ProblemAsync(await CompleteAsync(Guid.NewGuid(), code, NewPassword), HttpStatusCode.NotFound, "password_reset_not_found");
    }

    [Fact]
    public async Task The_new_password_keeps_the_step_2_rules_and_a_refused_one_costs_no_attempt()
    {
        var user = await _signIns.CreateAccountAsync();
        var resetId = await StartedAsync(user.Email!);
        var code = await ResetCodeForAsync(resetId);

        var email = user.Email!;
        var localPart = email[..email.IndexOf('@')];
        (string? code, string? password, string? confirmation, string field, string errorCode)[] rows =
        [
            (code, "short1!", "short1!", "password", "password.too_short"),
            (code, "alllowercase", "alllowercase", "password", "password.too_simple"),
            (code, localPart + "A1", localPart + "A1", "password", "password.contains_email"),
            (code, NewPassword, "Something-Else-9", "passwordConfirmation", "passwordConfirmation.mismatch"),
            (code, NewPassword, null, "passwordConfirmation", "passwordConfirmation.required"),
            (null, NewPassword, NewPassword, "code", "code.required"),
            ("12345", NewPassword, NewPassword, "code", "code.format"),
        ];
        await Assert.AllAsync(rows, async row =>
        {
            var problem = await ApiClient.ProblemAsync(await CompleteAsync(resetId, row.code, row.password, row.confirmation, "en"),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(row.errorCode, problem.GetProperty("errorCodes").GetProperty(row.field).GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(row.field)[0].GetString()));
        });

        // None of them cost an attempt: the code still works, in full-width digits too.
        var fullWidth = string.Concat(code.Select(c => (char)(c - '0' + '０')));
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(resetId, fullWidth, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_reset_lifts_the_password_lock_out_of_the_address()
    {
        var user = await _signIns.CreateAccountAsync();
        for (var attempt = 1; attempt <= 5; attempt++) await _signIns.PasswordAsync(user.Email, "Wrong-password-1");
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(user.Email, SignInClient.Password), HttpStatusCode.TooManyRequests, "sign_in_locked");

        var resetId = await StartedAsync(user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(resetId, await ResetCodeForAsync(resetId), NewPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(user.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_from_before_the_password_changed_is_refused_even_if_its_revocation_missed_it()
    {
        var user = await _signIns.CreateAccountAsync();
        var before = await RefreshTokenOfPasswordSignInAsync(user.Email!, SignInClient.Password);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(await RefreshTokenOfPasswordSignInAsync(user.Email!, SignInClient.Password))).StatusCode);

        // The password changes and nothing is revoked, as for a renewal in flight at the moment of a reset.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            Assert.True((await users.ChangePasswordAsync(stored!, SignInClient.Password, NewPassword)).Succeeded);
        }

        await AssertInvalidGrantAsync(await RefreshAsync(before));
        // A sitting begun after the change renews as usual, also after a change of the phone number.
        var after = await RefreshTokenOfPasswordSignInAsync(user.Email!, NewPassword);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            Assert.True((await users.SetPhoneNumberAsync(stored!, "+819087654321")).Succeeded);
        }
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(after)).StatusCode);
    }

    [Fact]
    public async Task Bad_addresses_are_refused_naming_the_field()
    {
        (string? email, string errorCode)[] rows =
        [
            (null, "email.required"),
            ("  ", "email.required"),
            ("not-an-address", "email.invalid"),
        ];
        await Assert.AllAsync(rows, async row =>
        {
            var problem = await ApiClient.ProblemAsync(await StartAsync(row.email), HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(row.errorCode, problem.GetProperty("errorCodes").GetProperty("email").GetString());
        });
        Assert.Equal(0, await factory.WithDbAsync(db => db.PasswordResets.CountAsync(r => r.Email == "not-an-address")));
    }

    private Task<HttpResponseMessage> StartAsync(string? email) => PostAsync("/api/portal/password-resets", new { email });

    private Task<HttpResponseMessage> ResendAsync(Guid resetId) => PostAsync($"/api/portal/password-resets/{resetId}/email-code", new { });

    private Task<HttpResponseMessage> CompleteAsync(Guid resetId, string? code, string? password, string? confirmation = "", string language = "ja") =>
        PostAsync($"/api/portal/password-resets/{resetId}/completion",
            new { code, password, passwordConfirmation = confirmation == "" ? password : confirmation }, language);

    private async Task<Guid> StartedAsync(string email)
    {
        var response = await StartAsync(email);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        return body.GetProperty("passwordResetId").GetGuid();
    }

    /// <summary>The code of the <paramref name="nth"/> (1-based) <c>SendPasswordResetCode</c> for this reset.</summary>
    private async Task<string> ResetCodeForAsync(Guid resetId, int nth = 1)
    {
        await _notifications.WaitForAsync(_ => CodesFor(resetId).Count() >= nth);
        return CodesFor(resetId).ElementAt(nth - 1).GetProperty("code").GetString()!;
    }

    private IEnumerable<JsonElement> CodesFor(Guid resetId) =>
        _notifications.Seen.Where(m => m.TryGetProperty("passwordResetId", out var id) && id.GetGuid() == resetId)
            .OrderBy(m => m.GetProperty("expiresAt").GetDateTimeOffset());

    private async Task<string> RefreshTokenOfPasswordSignInAsync(string email, string password)
    {
        var response = await _signIns.PasswordAsync(email, password);
        var tokens = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, tokens.ToString());
        return tokens.GetProperty("refresh_token").GetString()!;
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _signIns.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken));

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response)
    {
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToString());
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, string language = "ja")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await _http.SendAsync(request);
    }

    private static string Wrong(string code) => code == "999999" ? "999998" : "999999";

    private static string[] PropertyNames(JsonElement body) => body.EnumerateObject().Select(p => p.Name).Order().ToArray();

    private static string Without(JsonElement body, string property) =>
        string.Join(",", body.EnumerateObject().Where(p => p.Name != property).Select(p => $"{p.Name}={p.Value}"));
}
