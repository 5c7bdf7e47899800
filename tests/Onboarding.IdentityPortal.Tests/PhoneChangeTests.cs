using System.Net;
using Microsoft.EntityFrameworkCore;
using Onboarding.Testing.Messaging;
using static Onboarding.IdentityPortal.Tests.AccountSettingsClient;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// 設定 → 電話番号の変更 (issue 13 §3): STEP 2's phone step for the signed-in account: a code by SMS or voice call
/// (<c>SendPhoneCode</c>) to the new number, which becomes the account's only with the right code; the same rules and
/// daily caps as STEP 2, counted together with STEP 2's codes.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PhoneChangeTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);
    private AccountSettingsClient Settings => new(factory, _signIns);

    [Fact]
    public async Task The_right_code_makes_the_new_number_the_account_s_and_tells_the_others()
    {
        var user = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));
        var (typed, e164) = NewMobileNumber();
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf("PortalPhoneNumberChanged"));

        await ApiClient.ProblemAsync(await Settings.VerifyPhoneAsync(token, "123456"), HttpStatusCode.Conflict, "phone_code_not_sent");
        var response = await Settings.SendPhoneCodeAsync(token, typed, "voice");
        var sent = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, sent.ToString());
        Assert.Matches(@"^080-\*{4}-\d{4}$", sent.GetProperty("sentTo").GetString());
        var command = await _notifications.PhoneCodeForAsync(e164);
        Assert.Equal("Voice", command.GetProperty("channel").GetString());
        var code = command.GetProperty("code").GetString()!;

        var wrong = await ApiClient.ProblemAsync(await Settings.VerifyPhoneAsync(token, code == "000000" ? "111111" : "000000"),
            HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(4, wrong.GetProperty("attemptsRemaining").GetInt32());
        Assert.Equal("090-****-5678", (await ApiClient.JsonAsync(await Settings.GetAsync(token))).GetProperty("phoneNumber").GetString());

        var verified = await Settings.VerifyPhoneAsync(token, code);
        var body = await ApiClient.JsonAsync(verified);
        Assert.True(verified.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(sent.GetProperty("sentTo").GetString(), body.GetProperty("phoneNumber").GetString());
        Assert.Equal(e164, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PhoneNumber).SingleAsync()));
        var changed = await events.WaitForAsync(m => m.GetProperty("accountId").GetGuid() == user.Id);
        Assert.Equal(user.MemberId, changed.GetProperty("memberId").GetGuid());
        // The number stays in identity-portal.
        Assert.DoesNotContain(e164[3..], changed.GetRawText());

        // The code works once; the sitting goes on.
        await ApiClient.ProblemAsync(await Settings.VerifyPhoneAsync(token, code), HttpStatusCode.Gone, "code_used");
        Assert.Equal(HttpStatusCode.OK, (await Settings.GetAsync(token)).StatusCode);
    }

    [Fact]
    public async Task Numbers_and_channels_keep_the_step_2_rules_and_codes_keep_its_limits()
    {
        var user = await _signIns.CreateAccountAsync();
        var token = AccessToken(await Settings.SittingAsync(user.Email!));
        (string? number, string? channel, string field, string errorCode)[] rows =
        [
            (null, "sms", "phoneNumber", "phoneNumber.required"),
            ("12345", "sms", "phoneNumber", "phoneNumber.invalid"),
            ("03-1234-5678", "sms", "phoneNumber", "phoneNumber.not_mobile"),
            ("080-1234-5678", null, "channel", "channel.required"),
            ("080-1234-5678", "fax", "channel", "channel.invalid"),
        ];
        foreach (var row in rows)
        {
            var problem = await ApiClient.ProblemAsync(await Settings.SendPhoneCodeAsync(token, row.number, row.channel),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(row.errorCode, problem.GetProperty("errorCodes").GetProperty(row.field).GetString());
        }

        var (typed, e164) = NewMobileNumber();
        Assert.Equal(HttpStatusCode.Accepted, (await Settings.SendPhoneCodeAsync(token, typed, "sms")).StatusCode);
        var tooSoon = await ApiClient.ProblemAsync(await Settings.SendPhoneCodeAsync(token, typed, "sms"), HttpStatusCode.TooManyRequests, "resend_too_soon");
        Assert.Equal(60, tooSoon.GetProperty("retryAfterSeconds").GetInt32());

        // A newer code voids the older; the newer expires after 10 minutes.
        var first = (await _notifications.PhoneCodeForAsync(e164)).GetProperty("code").GetString()!;
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Accepted, (await Settings.SendPhoneCodeAsync(token, typed, "sms")).StatusCode);
        var second = (await _notifications.PhoneCodeForAsync(e164, 2)).GetProperty("code").GetString()!;
        if (first != second)
        {
            await ApiClient.ProblemAsync(await Settings.VerifyPhoneAsync(token, first), HttpStatusCode.BadRequest, "invalid_code");
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var fresh = AccessToken(await Settings.SittingAsync(user.Email!));
        await ApiClient.ProblemAsync(await Settings.VerifyPhoneAsync(fresh, second), HttpStatusCode.Gone, "code_expired");
        await ApiClient.ProblemAsync(await Settings.VerifyPhoneAsync(fresh, "12345"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("+819012345678", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PhoneNumber).SingleAsync()));
    }

    private static (string Typed, string E164) NewMobileNumber()
    {
        var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString();
        return ($"080-{digits[..4]}-{digits[4..]}", $"+8180{digits}");
    }
}
