using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Onboarding.Testing.Messaging;
using static Onboarding.IdentityPortal.Tests.AccountSettingsClient;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// 設定 (issue 13 §3): the signed-in member changes their password (current one required, counted like sign-in
/// failures; every other sitting ends, this one gets fresh tokens) and name; only ever their own account, named by
/// the access token.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccountSettingsTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private const string NewPassword = "Hinoki-Forest-2027";

    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);
    private AccountSettingsClient Settings => new(factory, _signIns);

    [Fact]
    public async Task The_account_is_shown_to_its_own_member_only_and_only_with_a_valid_token()
    {
        var user = await _signIns.CreateAccountAsync();
        var tokens = await Settings.SittingAsync(user.Email!);

        var response = await Settings.GetAsync(AccessToken(tokens));
        var account = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, account.ToString());
        Assert.Equal(user.Email, account.GetProperty("email").GetString());
        Assert.Equal("岡田", account.GetProperty("familyName").GetString());
        Assert.Equal("太郎", account.GetProperty("givenName").GetString());
        Assert.Equal("090-****-5678", account.GetProperty("phoneNumber").GetString());

        // No token, a made-up one, and a refresh token passed off as an access token are all turned away.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Settings.GetAsync(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Settings.GetAsync("not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Settings.GetAsync(RefreshToken(tokens))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Settings.ChangeNameAsync("x.y.z", "山田", "花子")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_keeps_this_sitting_ends_every_other_one_and_mails_a_notice()
    {
        var user = await _signIns.CreateAccountAsync();
        var other = await _signIns.CreateAccountAsync();
        var here = await Settings.SittingAsync(user.Email!);
        var elsewhere = await Settings.SittingAsync(user.Email!);
        var othersSitting = await Settings.SittingAsync(other.Email!);
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf("PortalPasswordChanged"));

        var response = await Settings.ChangePasswordAsync(AccessToken(here), SignInClient.Password, NewPassword);
        var fresh = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, fresh.ToString());

        // The old password no longer signs in; the new one does.
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(user.Email, SignInClient.Password), HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(user.Email, NewPassword)).StatusCode);

        // This browser goes on with the fresh tokens; its old ones, like every other sitting's, are revoked: the
        // access tokens at once at identity-portal, the refresh tokens at their next renewal.
        Assert.Equal(HttpStatusCode.OK, (await Settings.GetAsync(AccessToken(fresh))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Settings.RefreshAsync(RefreshToken(fresh))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Settings.GetAsync(AccessToken(here))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Settings.GetAsync(AccessToken(elsewhere))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Settings.RefreshAsync(RefreshToken(here))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Settings.RefreshAsync(RefreshToken(elsewhere))).StatusCode);
        // Another member's sitting goes on.
        Assert.Equal(HttpStatusCode.OK, (await Settings.GetAsync(AccessToken(othersSitting))).StatusCode);

        var notice = await _notifications.WaitForAsync(m => m.TryGetProperty("accountId", out var id) && id.GetGuid() == user.Id
            && m.TryGetProperty("changedAt", out _));
        Assert.Equal(user.Email, notice.GetProperty("to").GetString());
        Assert.False(notice.GetProperty("byReset").GetBoolean());
        var changed = await events.WaitForAsync(m => m.GetProperty("accountId").GetGuid() == user.Id);
        Assert.Equal(user.MemberId, changed.GetProperty("memberId").GetGuid());
        Assert.False(changed.GetProperty("byReset").GetBoolean());
        // No secret travels with the event.
        Assert.DoesNotContain(NewPassword, changed.GetRawText());
    }

    [Fact]
    public async Task A_wrong_current_password_counts_towards_the_sign_in_lock_out_and_changes_nothing()
    {
        var user = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));

        for (var attempt = 1; attempt < 5; attempt++)
        {
            var wrong = await ApiClient.ProblemAsync(await Settings.ChangePasswordAsync(token, "Wrong-password-1", NewPassword),
                HttpStatusCode.BadRequest, "current_password_incorrect");
            Assert.Equal(5 - attempt, wrong.GetProperty("attemptsRemaining").GetInt32());
        }
        // One wrong password at sign-in is the fifth of the same count: the address is locked for both.
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(user.Email, "Wrong-password-2"), HttpStatusCode.TooManyRequests, "sign_in_locked");
        var locked = await ApiClient.ProblemAsync(await Settings.ChangePasswordAsync(token, SignInClient.Password, NewPassword),
            HttpStatusCode.TooManyRequests, "sign_in_locked");
        Assert.True(locked.GetProperty("retryAfterSeconds").GetInt32() > 0);

        // Nothing changed: after the lock, the old password still signs in and this sitting still works.
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(user.Email, SignInClient.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Settings.GetAsync(AccessToken(await Settings.SittingAsync(user.Email!)))).StatusCode);
    }

    [Fact]
    public async Task The_new_password_keeps_the_step_2_rules_and_a_refused_one_costs_no_attempt()
    {
        var user = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));
        var localPart = user.Email![..user.Email!.IndexOf('@')];
        (string? current, string? password, string? confirmation, string field, string errorCode)[] rows =
        [
            (null, NewPassword, NewPassword, "currentPassword", "currentPassword.required"),
            ("Wrong-password-1", "short1!", "short1!", "password", "password.too_short"),
            ("Wrong-password-1", "alllowercase", "alllowercase", "password", "password.too_simple"),
            ("Wrong-password-1", localPart + "A1", localPart + "A1", "password", "password.contains_email"),
            ("Wrong-password-1", new string('a', 60) + "A1234", null, "password", "password.too_long"),
            ("Wrong-password-1", NewPassword, "Something-Else-9", "passwordConfirmation", "passwordConfirmation.mismatch"),
            ("Wrong-password-1", NewPassword, null, "passwordConfirmation", "passwordConfirmation.required"),
        ];
        foreach (var row in rows)
        {
            var problem = await ApiClient.ProblemAsync(await Settings.ChangePasswordAsync(token, row.current, row.password, row.confirmation, "en"),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(row.errorCode, problem.GetProperty("errorCodes").GetProperty(row.field).GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(row.field)[0].GetString()));
        }

        // None of them was tried against the current password: the full count is left.
        var wrong = await ApiClient.ProblemAsync(await Settings.ChangePasswordAsync(token, "Wrong-password-1", NewPassword),
            HttpStatusCode.BadRequest, "current_password_incorrect");
        Assert.Equal(4, wrong.GetProperty("attemptsRemaining").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await Settings.ChangePasswordAsync(token, SignInClient.Password, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_name_change_keeps_the_step_2_rules_and_tells_the_others()
    {
        var user = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf("PortalAccountNameChanged"));

        (string? family, string? given, string field, string errorCode)[] rows =
        [
            (null, "花子", "familyName", "familyName.required"),
            ("  ", "花子", "familyName", "familyName.required"),
            ("山田", new string('長', 51), "givenName", "givenName.too_long"),
            ("山\u0007田", "花子", "familyName", "familyName.invalid"),
        ];
        foreach (var row in rows)
        {
            var problem = await ApiClient.ProblemAsync(await Settings.ChangeNameAsync(token, row.family, row.given),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(row.errorCode, problem.GetProperty("errorCodes").GetProperty(row.field).GetString());
        }

        // Full-width letters and spaces around are normalised, as in STEP 2.
        var response = await Settings.ChangeNameAsync(token, " 山田 ", "ﾊﾅｺ");
        var name = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, name.ToString());
        Assert.Equal("山田", name.GetProperty("familyName").GetString());
        Assert.Equal("ハナコ", name.GetProperty("givenName").GetString());
        var account = await ApiClient.JsonAsync(await Settings.GetAsync(token));
        Assert.Equal("山田", account.GetProperty("familyName").GetString());

        var changed = await events.WaitForAsync(m => m.GetProperty("accountId").GetGuid() == user.Id);
        Assert.Equal(user.MemberId, changed.GetProperty("memberId").GetGuid());
        Assert.Equal("ハナコ", changed.GetProperty("givenName").GetString());
        // Saving the same name again tells no one anything.
        Assert.Equal(HttpStatusCode.OK, (await Settings.ChangeNameAsync(token, "山田", "ハナコ")).StatusCode);
        Assert.Equal(1, await events.CountAsync(m => m.GetProperty("accountId").GetGuid() == user.Id, TimeSpan.FromSeconds(2)));
        Assert.Equal("山田", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.FamilyName).SingleAsync()));
    }
}
