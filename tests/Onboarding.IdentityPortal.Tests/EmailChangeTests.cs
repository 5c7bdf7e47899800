using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Testing.Messaging;
using static Onboarding.IdentityPortal.Tests.AccountSettingsClient;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// 設定 → メールアドレスの変更 (issue 13 §3): a code mailed to the new address confirms it; then the account signs in
/// with it, it counts as confirmed for STEP 2, the previous address gets a notice and <c>PortalEmailChanged</c> is
/// published, while the member's sitting goes on. An address of another account is refused only once its code is
/// confirmed; another member's change cannot be touched; codes keep the mailbox-code rules.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EmailChangeTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);
    private AccountSettingsClient Settings => new(factory, _signIns);

    [Fact]
    public async Task A_confirmed_new_address_becomes_the_account_s_the_old_one_is_told_and_the_sitting_goes_on()
    {
        var user = await _signIns.CreateAccountAsync();
        await ConfirmedInStep1Async(user);
        var tokens = await Settings.SittingAsync(user.Email!);
        var token = AccessToken(tokens);
        var newEmail = SignInClient.NewAddress();
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf("PortalEmailChanged"));

        var now = factory.Clock.GetUtcNow();
        var response = await Settings.StartEmailChangeAsync(token, newEmail.ToUpperInvariant());
        var started = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, started.ToString());
        Assert.Equal(newEmail[..3] + "*****@example.ac.jp", started.GetProperty("sentTo").GetString()!.ToLowerInvariant());
        Assert.Equal(now.AddMinutes(15), started.GetProperty("codeExpiresAt").GetDateTimeOffset());
        var changeId = started.GetProperty("emailChangeId").GetGuid();
        var code = await CodeForAsync(changeId);
        // Nothing changes before the code is confirmed.
        Assert.Equal(user.Email, (await ApiClient.JsonAsync(await Settings.GetAsync(token))).GetProperty("email").GetString());

        var wrong = await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(token, changeId, Wrong(code)), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(4, wrong.GetProperty("attemptsRemaining").GetInt32());
        var confirmed = await Settings.ConfirmEmailChangeAsync(token, changeId, code);
        var body = await ApiClient.JsonAsync(confirmed);
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, body.ToString());

        // The sitting goes on with the same tokens, and the account now shows and signs in with the new address.
        var account = await ApiClient.JsonAsync(await Settings.GetAsync(token));
        Assert.Equal(body.GetProperty("email").GetString(), account.GetProperty("email").GetString());
        Assert.True(MailboxAddress.Same(newEmail, account.GetProperty("email").GetString()!));
        Assert.Equal(HttpStatusCode.OK, (await Settings.RefreshAsync(RefreshToken(tokens))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(newEmail, SignInClient.Password)).StatusCode);
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(user.Email, SignInClient.Password), HttpStatusCode.Unauthorized, "invalid_credentials");
        var signInId = await _signIns.StartedAsync(newEmail);
        Assert.False(string.IsNullOrEmpty(await _notifications.SignInCodeForAsync(signInId)));

        // It counts as confirmed for STEP 2 (the member's confirmed address), the old address is told, the others learn it.
        var address = await factory.WithDbAsync(db => db.ConfirmedAddresses.AsNoTracking().SingleAsync(a => a.MemberId == user.MemberId));
        Assert.True(MailboxAddress.Same(newEmail, address.Email));
        Assert.Equal(now, address.ConfirmedAt);
        var notice = await _notifications.WaitForAsync(m => m.TryGetProperty("newEmailMasked", out _) && m.GetProperty("accountId").GetGuid() == user.Id);
        Assert.Equal(user.Email, notice.GetProperty("to").GetString());
        Assert.DoesNotContain(newEmail[3..], notice.GetProperty("newEmailMasked").GetString()!.ToLowerInvariant());
        var changed = await events.WaitForAsync(m => m.GetProperty("accountId").GetGuid() == user.Id);
        Assert.Equal(user.MemberId, changed.GetProperty("memberId").GetGuid());
        Assert.True(MailboxAddress.Same(newEmail, changed.GetProperty("email").GetString()!));

        // Replaying the spent code is refused and changes nothing.
        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(token, changeId, code), HttpStatusCode.Gone, "email_change_used");
    }

    [Fact]
    public async Task An_address_of_another_account_gets_a_code_like_any_other_and_is_refused_only_once_it_is_confirmed()
    {
        var user = await _signIns.CreateAccountAsync();
        var other = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));

        var takenStart = await ApiClient.JsonAsync(await Settings.StartEmailChangeAsync(token, other.Email));
        var freeStart = await ApiClient.JsonAsync(await Settings.StartEmailChangeAsync(token, SignInClient.NewAddress()));
        Assert.Equal(Names(freeStart), Names(takenStart));
        var changeId = takenStart.GetProperty("emailChangeId").GetGuid();

        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(token, changeId, await CodeForAsync(changeId)),
            HttpStatusCode.Conflict, "email_unavailable");
        Assert.Equal(user.Email, (await ApiClient.JsonAsync(await Settings.GetAsync(token))).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _signIns.PasswordAsync(other.Email, SignInClient.Password)).StatusCode);
    }

    [Fact]
    public async Task Another_member_s_change_cannot_be_touched_and_codes_keep_the_mailbox_rules()
    {
        var user = await _signIns.CreateAccountAsync();
        var stranger = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));
        var strangersToken = AccessToken(await Settings.SittingAsync(stranger.Email!));
        var changeId = await Settings.EmailChangeStartedAsync(token, SignInClient.NewAddress());
        var code = await CodeForAsync(changeId);

        // Another member holding the id and even the code gets "not found", and nothing happens.
        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(strangersToken, changeId, code), HttpStatusCode.NotFound, "email_change_not_found");
        await ApiClient.ProblemAsync(await Settings.ResendEmailChangeCodeAsync(strangersToken, changeId), HttpStatusCode.NotFound, "email_change_not_found");
        Assert.Equal(stranger.Email, (await ApiClient.JsonAsync(await Settings.GetAsync(strangersToken))).GetProperty("email").GetString());

        var tooSoon = await ApiClient.ProblemAsync(await Settings.ResendEmailChangeCodeAsync(token, changeId), HttpStatusCode.TooManyRequests, "resend_too_soon");
        Assert.Equal(60, tooSoon.GetProperty("retryAfterSeconds").GetInt32());
        // Access tokens live 10 minutes: after each jump in time the member signs in again.
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        token = AccessToken(await Settings.SittingAsync(user.Email!));
        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(token, changeId, code), HttpStatusCode.Gone, "code_expired");
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var fresh = AccessToken(await Settings.SittingAsync(user.Email!));
        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(fresh, changeId, code), HttpStatusCode.Gone, "email_change_expired");
        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(fresh, Guid.NewGuid(), code), HttpStatusCode.NotFound, "email_change_not_found");

        (string? email, string errorCode)[] rows = [(null, "email.required"), ("not-an-address", "email.invalid"), (user.Email!.ToUpperInvariant(), "email.unchanged")];
        foreach (var row in rows)
        {
            var problem = await ApiClient.ProblemAsync(await Settings.StartEmailChangeAsync(fresh, row.email), HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(row.errorCode, problem.GetProperty("errorCodes").GetProperty("email").GetString());
        }
        await ApiClient.ProblemAsync(await Settings.ConfirmEmailChangeAsync(fresh, changeId, "12345"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task One_account_mails_at_most_ten_change_codes_a_day_across_all_addresses()
    {
        var user = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));
        for (var sent = 0; sent < EmailChange.AccountDailyCap; sent++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await Settings.StartEmailChangeAsync(token, SignInClient.NewAddress())).StatusCode);
        }
        // The eleventh, to yet another stranger's address, is refused: no mail goes out.
        var stranger = SignInClient.NewAddress();
        var refused = await ApiClient.ProblemAsync(await Settings.StartEmailChangeAsync(token, stranger), HttpStatusCode.TooManyRequests, "daily_limit_reached");
        Assert.InRange(refused.GetProperty("retryAfterSeconds").GetInt32(), 1, 24 * 3600);
        Assert.False(await factory.WithDbAsync(db => db.EmailChangeCodes.AnyAsync(c => c.Email == stranger)));
    }

    private Task ConfirmedInStep1Async(PortalUser user) =>
        factory.WithDbAsync(async db => await db.Database.ExecuteSqlAsync($"""
            INSERT INTO confirmed_addresses (member_id, member_number, email, confirmed_at, account_id)
            VALUES ({user.MemberId}, {"123456789012"}, {user.Email}, {factory.Clock.GetUtcNow().AddDays(-1)}, {user.Id})
            """));

    private async Task<string> CodeForAsync(Guid changeId)
    {
        var command = await _notifications.WaitForAsync(m => m.TryGetProperty("emailChangeId", out var id) && id.GetGuid() == changeId);
        return command.GetProperty("code").GetString()!;
    }

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";

    private static string[] Names(JsonElement body) => [.. body.EnumerateObject().Select(p => p.Name)];
}
