using System.Xml.Linq;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests.Twilio;

/// <summary>
/// The Twilio channel of the real notification service (its own host, real PostgreSQL and RabbitMQ, commands through
/// the queue) against <see cref="TwilioStandIn"/>: what it posts, how it reads Twilio's answers, and what it logs.
/// </summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class TwilioChannelContractTests(NotificationServiceFixture fixture, TwilioStandIn twilio)
    : IClassFixture<TwilioStandIn>, IAsyncLifetime
{
    public const string PublicBaseUrl = "https://onboarding.example.jp";

    public Task InitializeAsync() => fixture.ReplaceServiceAsync(Settings(twilio));

    public Task DisposeAsync() => fixture.ReplaceServiceAsync(null);

    public static Dictionary<string, string?> Settings(TwilioStandIn twilio, string authToken = TwilioStandIn.AuthToken) => new()
    {
        ["Notification:TwilioPhone:BaseUrl"] = twilio.BaseUrl.ToString(),
        ["Notification:TwilioPhone:AccountSid"] = TwilioStandIn.AccountSid,
        ["Notification:TwilioPhone:AuthToken"] = authToken,
        ["Notification:TwilioPhone:From"] = TwilioStandIn.From,
        ["Notification:TwilioPhone:PublicBaseUrl"] = PublicBaseUrl,
        // As in production: no development sink to fall back on.
        ["Notification:PhoneSink:Enabled"] = "false",
    };

    [Fact]
    public async Task An_sms_is_posted_to_messages_with_number_sender_text_and_status_callback()
    {
        var phone = Recipients.Phone();

        var commandId = await fixture.SendAsync(PhoneCode(phone, "305917", PhoneChannel.Sms, "ja"));

        var request = await twilio.WaitForRequestAsync(phone);
        Assert.Equal("Messages", request.Resource);
        Assert.True(request.Authorized);
        Assert.Equal(TwilioStandIn.From, request.Form["From"]);
        Assert.Contains("確認コード: 305917", request.Form["Body"]);
        Assert.Equal($"{PublicBaseUrl}/api/notification/twilio/status/{commandId:D}", request.Form["StatusCallback"]);
        Assert.False(request.Form.ContainsKey("Twiml"));
        Assert.Equal(commandId.ToString("N"), request.IdempotencyToken);
        var delivery = await fixture.WaitForDeliveryAsync(commandId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(1, delivery.Attempts);
        AssertLogsKeep(phone, "305917");
    }

    [Fact]
    public async Task An_english_sms_is_in_english()
    {
        var phone = Recipients.Phone();

        await fixture.SendAsync(PhoneCode(phone, "170063", PhoneChannel.Sms, "en"));

        var request = await twilio.WaitForRequestAsync(phone);
        Assert.Contains("your verification code is 170063", request.Form["Body"]);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), request.Form["Body"]);
    }

    [Theory]
    [InlineData("ja", "ja-JP", "よん、ゼロ、はち、にー、ごー、きゅう")]
    [InlineData("en", "en-US", "four, zero, eight, two, five, nine")]
    public async Task A_voice_call_says_the_code_digit_by_digit_twice_with_pauses(string culture, string language, string spelled)
    {
        var phone = Recipients.Phone();

        var commandId = await fixture.SendAsync(PhoneCode(phone, "408259", PhoneChannel.Voice, culture));

        var request = await twilio.WaitForRequestAsync(phone);
        Assert.Equal("Calls", request.Resource);
        Assert.Equal($"{PublicBaseUrl}/api/notification/twilio/status/{commandId:D}", request.Form["StatusCallback"]);
        var twiml = XElement.Parse(request.Form["Twiml"]);
        Assert.Equal("Response", twiml.Name.LocalName);
        var says = twiml.Elements("Say").ToList();
        Assert.All(says, say => Assert.Equal(language, (string?)say.Attribute("language")));
        Assert.Equal(2, says.Count(say => say.Value.Contains(spelled, StringComparison.Ordinal)));
        Assert.Equal(says.Count - 1, twiml.Elements("Pause").Count());
        Assert.Equal("Pause", ((XElement)says[1].PreviousNode!).Name.LocalName);
        Assert.DoesNotContain("408259", request.Form["Twiml"]);
        await fixture.WaitForDeliveryAsync(commandId, d => d.Status == DeliveryStatus.Sent);
    }

    [Theory]
    [InlineData(21211, "not a valid phone number")]
    [InlineData(21614, "not a mobile number")]
    public async Task A_number_twilio_refuses_fails_permanently_with_a_clear_reason_and_no_retry(int code, string reason)
    {
        var phone = Recipients.Phone();
        twilio.Refuse(phone, code);

        var commandId = await fixture.SendAsync(PhoneCode(phone, "640027", PhoneChannel.Sms, "ja"));

        await fixture.WaitForDeliveryAsync(commandId, d => d.Status == DeliveryStatus.Failed);
        await fixture.WaitForDeliveriesAsync(commandId, 1);
        var failed = (await fixture.DeliveryAsync(commandId))!;
        Assert.Equal(1, failed.Attempts);
        Assert.Contains($"code {code}", failed.FailureReason);
        Assert.Contains(reason, failed.FailureReason);
        Assert.Contains("not retried", failed.FailureReason);
        Assert.DoesNotContain(phone, failed.FailureReason);
        Assert.Single(twilio.RequestsTo(phone));
        AssertLogsKeep(phone, "640027");
    }

    [Fact]
    public async Task A_rate_limited_request_is_tried_again_after_twilios_retry_after()
    {
        var phone = Recipients.Phone();
        twilio.AnswerNext(phone, 429, 20429, retryAfter: TimeSpan.FromSeconds(2));

        var commandId = await fixture.SendAsync(PhoneCode(phone, "118822", PhoneChannel.Sms, "ja"));

        var delivery = await fixture.WaitForDeliveryAsync(commandId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(2, delivery.Attempts);
        var requests = twilio.RequestsTo(phone);
        Assert.Equal(2, requests.Count);
        // The test's own retry delay is 200 ms: only Retry-After explains a wait of seconds.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.8), $"Asked again after {requests[1].At - requests[0].At}.");
        Assert.Equal(requests[0].IdempotencyToken, requests[1].IdempotencyToken);
    }

    [Fact]
    public async Task An_outage_at_twilio_is_retried()
    {
        var phone = Recipients.Phone();
        twilio.AnswerNext(phone, 503, 20500);

        var commandId = await fixture.SendAsync(PhoneCode(phone, "552211", PhoneChannel.Voice, "ja"));

        var delivery = await fixture.WaitForDeliveryAsync(commandId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(2, twilio.RequestsTo(phone).Count);
    }

    [Fact]
    public async Task Refused_credentials_are_an_operators_problem_retried_and_never_logged()
    {
        const string wrongToken = "wrong-token-5b9e41";
        await fixture.ReplaceServiceAsync(Settings(twilio, authToken: wrongToken));
        var phone = Recipients.Phone();

        var commandId = await fixture.SendAsync(PhoneCode(phone, "731190", PhoneChannel.Sms, "ja"));

        // Not a permanent failure: tried, retried within the attempt, then handed back to the bus for later.
        var failed = await fixture.WaitForDeliveryAsync(commandId, d => d.Attempts >= 3 && d.FailureReason is not null);
        Assert.NotEqual(DeliveryStatus.Sent, failed.Status);
        Assert.Contains("code 20003", failed.FailureReason);
        Assert.Contains("credentials", failed.FailureReason);
        Assert.DoesNotContain("not retried", failed.FailureReason);
        Assert.All(twilio.RequestsTo(phone), request => Assert.False(request.Authorized));
        Assert.Contains(fixture.Service.Logs.Messages, message => message.Contains("Twilio refused our account") && message.Contains("not at fault"));
        Assert.DoesNotContain(fixture.Service.Logs.Messages, message => message.Contains(wrongToken));
        AssertLogsKeep(phone, "731190");
    }

    private void AssertLogsKeep(string phone, string code)
    {
        Assert.NotEmpty(fixture.Service.Logs.Messages);
        Assert.DoesNotContain(fixture.Service.Logs.Messages, message => message.Contains(phone) || message.Contains(code));
    }

    public static SendPhoneCode PhoneCode(string phone, string code, PhoneChannel channel, string culture) =>
        new(Guid.NewGuid(), phone, code, channel, DateTimeOffset.UtcNow.AddMinutes(10), culture);
}
