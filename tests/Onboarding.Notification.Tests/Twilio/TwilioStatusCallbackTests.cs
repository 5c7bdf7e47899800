using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Phone;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests.Twilio;

/// <summary>
/// Twilio's status callbacks into the real notification service: signed ones recorded in the delivery log, anything
/// else refused with a 4xx problem and nothing changed. Each test first sends a real message through the stand-in.
/// </summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class TwilioStatusCallbackTests(NotificationServiceFixture fixture, TwilioStandIn twilio)
    : IClassFixture<TwilioStandIn>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ReplaceServiceAsync(TwilioChannelContractTests.Settings(twilio));

    public Task DisposeAsync() => fixture.ReplaceServiceAsync(null);

    [Fact]
    public async Task An_undelivered_sms_is_recorded_and_a_late_earlier_status_does_not_undo_it()
    {
        var (commandId, request, phone) = await SendAsync(PhoneChannel.Sms);

        Assert.Equal(HttpStatusCode.NoContent, (await CallbackAsync(commandId, SmsStatus(request, phone, "sent"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await CallbackAsync(commandId, SmsStatus(request, phone, "undelivered", errorCode: "30003"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await CallbackAsync(commandId, SmsStatus(request, phone, "sent"))).StatusCode);

        var delivery = (await fixture.DeliveryAsync(commandId))!;
        Assert.Equal("undelivered", delivery.ProviderStatus);
        Assert.Equal(30003, delivery.ProviderErrorCode);
        Assert.Equal(request.Sid, delivery.ProviderMessageId);
        Assert.NotNull(delivery.ProviderStatusAt);
        // We handed it over; the callback says what became of it.
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.DoesNotContain(fixture.Service.Logs.Messages, message => message.Contains(phone));
    }

    [Theory]
    [InlineData("no-answer")]
    [InlineData("completed")]
    public async Task The_outcome_of_a_call_is_recorded(string status)
    {
        var (commandId, request, phone) = await SendAsync(PhoneChannel.Voice);

        var response = await CallbackAsync(commandId, CallStatus(request, phone, status));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var delivery = (await fixture.DeliveryAsync(commandId))!;
        Assert.Equal(status, delivery.ProviderStatus);
        Assert.Equal(request.Sid, delivery.ProviderMessageId);
    }

    [Fact]
    public async Task A_callback_without_twilios_signature_is_refused_and_changes_nothing()
    {
        var (commandId, request, phone) = await SendAsync(PhoneChannel.Sms);
        var fields = SmsStatus(request, phone, "failed", errorCode: "30008");
        var url = CallbackUrl(commandId);
        var otherCommand = CallbackUrl(Guid.NewGuid());
        var tampered = new Dictionary<string, string>(fields) { ["MessageStatus"] = "delivered" };

        HttpResponseMessage[] refused =
        [
            await PostAsync(commandId, fields, signature: null),
            await PostAsync(commandId, fields, TwilioStandIn.Sign(url, fields, authToken: "someone-elses-token")),
            await PostAsync(commandId, fields, TwilioStandIn.Sign(otherCommand, fields)),
            await PostAsync(commandId, tampered, TwilioStandIn.Sign(url, fields)),
            await PostAsync(commandId, fields, "not base64 at all"),
        ];

        Assert.All(refused, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        var problem = await refused[1].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("signature_invalid", problem.GetProperty("code").GetString());
        var delivery = (await fixture.DeliveryAsync(commandId))!;
        Assert.Null(delivery.ProviderStatus);
        Assert.Null(delivery.ProviderMessageId);
    }

    [Fact]
    public async Task Malformed_or_misdirected_callbacks_are_4xx_problems_and_change_nothing()
    {
        var (commandId, request, phone) = await SendAsync(PhoneChannel.Sms);
        var unknownStatus = SmsStatus(request, phone, "exploded");
        var callOnSms = CallStatus(request, phone, "completed");
        var notOurAccount = new Dictionary<string, string>(SmsStatus(request, phone, "delivered")) { ["AccountSid"] = "AC" + new string('f', 32) };
        var delivered = SmsStatus(request, phone, "delivered");

        using var client = fixture.Service.CreateClient();
        using var json = new StringContent("{\"MessageStatus\":\"delivered\"}", System.Text.Encoding.UTF8, "application/json");
        var jsonRequest = new HttpRequestMessage(HttpMethod.Post, Path(commandId)) { Content = json };
        jsonRequest.Headers.Add(TwilioSignature.HeaderName, TwilioStandIn.Sign(CallbackUrl(commandId), []));
        var oversized = new Dictionary<string, string>(delivered) { ["Padding"] = new string('x', 20_000) };

        var answers = new (HttpResponseMessage Response, HttpStatusCode Expected)[]
        {
            (await client.SendAsync(jsonRequest), HttpStatusCode.UnsupportedMediaType),
            (await PostAsync(commandId, unknownStatus, TwilioStandIn.Sign(CallbackUrl(commandId), unknownStatus)), HttpStatusCode.BadRequest),
            (await PostAsync(commandId, callOnSms, TwilioStandIn.Sign(CallbackUrl(commandId), callOnSms)), HttpStatusCode.BadRequest),
            (await PostAsync(commandId, notOurAccount, TwilioStandIn.Sign(CallbackUrl(commandId), notOurAccount)), HttpStatusCode.BadRequest),
            (await PostAsync(commandId, oversized, TwilioStandIn.Sign(CallbackUrl(commandId), oversized)), HttpStatusCode.RequestEntityTooLarge),
        };
        var unknownCommand = Guid.NewGuid();
        var notFound = await PostAsync(unknownCommand, delivered, TwilioStandIn.Sign(CallbackUrl(unknownCommand), delivered));

        Assert.All(answers, answer => Assert.Equal(answer.Expected, answer.Response.StatusCode));
        Assert.All(answers, answer => Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        var delivery = (await fixture.DeliveryAsync(commandId))!;
        Assert.Null(delivery.ProviderStatus);
        Assert.Null(await fixture.DeliveryAsync(unknownCommand));
    }

    private async Task<(Guid CommandId, TwilioRequest Request, string Phone)> SendAsync(PhoneChannel channel)
    {
        var phone = Recipients.Phone();
        var commandId = await fixture.SendAsync(TwilioChannelContractTests.PhoneCode(phone, "246810", channel, "ja"));
        var request = await twilio.WaitForRequestAsync(phone);
        await fixture.WaitForDeliveryAsync(commandId, d => d.Status == DeliveryStatus.Sent);
        return (commandId, request, phone);
    }

    // The fields Twilio posts (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status).
    private static Dictionary<string, string> SmsStatus(TwilioRequest request, string phone, string status, string? errorCode = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["AccountSid"] = TwilioStandIn.AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["From"] = TwilioStandIn.From,
            ["To"] = phone,
            ["MessageSid"] = request.Sid,
            ["SmsSid"] = request.Sid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
        };
        if (errorCode is not null) fields["ErrorCode"] = errorCode;
        return fields;
    }

    private static Dictionary<string, string> CallStatus(TwilioRequest request, string phone, string status) => new()
    {
        ["AccountSid"] = TwilioStandIn.AccountSid,
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = request.Sid,
        ["CallStatus"] = status,
        ["Direction"] = "outbound-api",
        ["From"] = TwilioStandIn.From,
        ["To"] = phone,
        ["CallDuration"] = "14",
    };

    private static string Path(Guid commandId) => $"/api/notification/twilio/status/{commandId:D}";

    private static string CallbackUrl(Guid commandId) => TwilioChannelContractTests.PublicBaseUrl + Path(commandId);

    private Task<HttpResponseMessage> CallbackAsync(Guid commandId, Dictionary<string, string> fields) =>
        PostAsync(commandId, fields, TwilioStandIn.Sign(CallbackUrl(commandId), fields));

    private async Task<HttpResponseMessage> PostAsync(Guid commandId, Dictionary<string, string> fields, string? signature)
    {
        using var client = fixture.Service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path(commandId)) { Content = new FormUrlEncodedContent(fields) };
        if (signature is not null) request.Headers.Add(TwilioSignature.HeaderName, signature);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
