using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Onboarding.Contracts.Commands;
using Onboarding.Load.Codes;
using Onboarding.Notification.Phone;

namespace Onboarding.Notification.Tests;

/// <summary>
/// The contract between notification's Twilio adapter and the load generator's Twilio-shaped endpoint
/// (tests/Onboarding.Load): what the adapter sends is what the endpoint reads, so codes reach the waiting journeys.
/// </summary>
public sealed class TwilioPhoneChannelTests : IAsyncLifetime
{
    private readonly CodeMailbox _mailbox = new();
    private WebApplication _endpoint = null!;
    private TwilioPhoneChannel _channel = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _endpoint = builder.Build();
        _endpoint.MapTwilioSink(_mailbox);
        await _endpoint.StartAsync();
        var http = _endpoint.GetTestClient();
        _channel = Channel(http, new TwilioPhoneOptions
        {
            BaseUrl = http.BaseAddress!,
            AccountSid = "ACload",
            AuthToken = "load",
            From = "+15005550006",
        });
    }

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task An_sms_reaches_the_endpoint_with_its_number_and_code()
    {
        var waiting = _mailbox.NextAsync("+819087654321", TimeSpan.FromSeconds(10));

        await _channel.SendAsync(new OutgoingPhoneMessage(PhoneChannel.Sms, "+819087654321", "【大学生協】確認コード: 305917", "ja-JP", Guid.NewGuid()), default);

        var received = await waiting;
        Assert.Equal("305917", received.Code);
    }

    [Fact]
    public async Task A_voice_call_is_accepted_as_a_call()
    {
        await _channel.SendAsync(new OutgoingPhoneMessage(PhoneChannel.Voice, "+81312345678", "確認コードは、よん、ゼロ、はち、です。", "ja-JP", Guid.NewGuid()), default);

        // The script spells the digits in words, which the endpoint does not read: accepted, counted, not handed on.
        Assert.Equal(1, _mailbox.WithoutCode);
    }

    [Fact]
    public async Task A_number_not_in_e164_form_is_a_permanent_failure_before_any_request()
    {
        await Assert.ThrowsAsync<PhoneNumberUndeliverableException>(() =>
            _channel.SendAsync(new OutgoingPhoneMessage(PhoneChannel.Sms, "090-1234-5678", "確認コード: 305917", "ja-JP", Guid.NewGuid()), default));
        Assert.Equal(0, _mailbox.Received + _mailbox.WithoutCode);
    }

    [Fact]
    public async Task A_refusal_by_the_provider_is_a_permanent_failure()
    {
        var refusing = Channel(new HttpClient(new AlwaysAnswers(HttpStatusCode.BadRequest)), new TwilioPhoneOptions
        {
            BaseUrl = new Uri("http://provider.invalid"),
            AccountSid = "ACload",
        });

        await Assert.ThrowsAsync<PhoneNumberUndeliverableException>(() =>
            refusing.SendAsync(new OutgoingPhoneMessage(PhoneChannel.Sms, "+819087654321", "確認コード: 305917", "ja-JP", Guid.NewGuid()), default));
    }

    [Fact]
    public async Task A_provider_outage_is_worth_retrying()
    {
        var failing = Channel(new HttpClient(new AlwaysAnswers(HttpStatusCode.ServiceUnavailable)), new TwilioPhoneOptions
        {
            BaseUrl = new Uri("http://provider.invalid"),
            AccountSid = "ACload",
        });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            failing.SendAsync(new OutgoingPhoneMessage(PhoneChannel.Sms, "+819087654321", "確認コード: 305917", "ja-JP", Guid.NewGuid()), default));
        Assert.IsNotType<ArgumentException>(failure);
    }

    private static TwilioPhoneChannel Channel(HttpClient http, TwilioPhoneOptions options) =>
        new(new OneClient(http), Options.Create(options), TimeProvider.System, NullLogger<TwilioPhoneChannel>.Instance);

    private sealed class OneClient(HttpClient http) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => http;
    }

    private sealed class AlwaysAnswers(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }
}
