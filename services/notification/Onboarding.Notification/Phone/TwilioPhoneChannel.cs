using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Onboarding.Contracts.Commands;

namespace Onboarding.Notification.Phone;

/// <summary>
/// SMS through Twilio's Messages resource (<c>To</c>, <c>From</c>, <c>Body</c>) and voice through its Calls resource
/// (<c>Twiml</c>: <see cref="TwilioVoiceScript"/>), both asking for status callbacks when
/// <see cref="TwilioPhoneOptions.PublicBaseUrl"/> is set. Failures are classified by <see cref="TwilioErrorAnswer"/>;
/// network errors and timeouts are left to propagate and are retried. The HTTP client has no resilience handler of
/// its own: <c>DeliveryRunner</c> is the one place that retries, and counts each try in the delivery log.
/// </summary>
public sealed partial class TwilioPhoneChannel(
    IHttpClientFactory clients, IOptions<TwilioPhoneOptions> options, TimeProvider clock, ILogger<TwilioPhoneChannel> logger)
    : IPhoneMessageChannel
{
    public const string HttpClientName = "twilio";

    private readonly TwilioPhoneOptions _twilio = options.Value;

    public async Task SendAsync(OutgoingPhoneMessage message, CancellationToken cancellationToken)
    {
        if (!PhoneNumbers.IsE164(message.ToE164))
        {
            throw new PhoneNumberUndeliverableException("The phone number is not in E.164 form; not sent.");
        }

        using var request = Request(message);
        var http = clients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode) return;

        var failure = await TwilioErrorAnswer.ToExceptionAsync(response, clock.GetUtcNow(), cancellationToken);
        if (failure is PhoneProviderUnavailableException { IsOperatorProblem: true })
        {
            LogAccountRefused(message.MessageId, (int)response.StatusCode, failure.Message);
        }
        throw failure;
    }

    private HttpRequestMessage Request(OutgoingPhoneMessage message)
    {
        var fields = new Dictionary<string, string> { ["To"] = message.ToE164, ["From"] = _twilio.From };
        string resource;
        if (message.Channel == PhoneChannel.Voice)
        {
            resource = "Calls.json";
            fields["Twiml"] = TwilioVoiceScript.Twiml(message);
        }
        else
        {
            resource = "Messages.json";
            fields["Body"] = message.Text;
        }
        if (_twilio.PublicBaseUrl is { } publicBase)
        {
            fields["StatusCallback"] = TwilioStatusCallback.UrlFor(publicBase, message.MessageId);
        }

        var account = Uri.EscapeDataString(_twilio.AccountSid);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_twilio.BaseUrl, $"/2010-04-01/Accounts/{account}/{resource}"))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_twilio.AccountSid}:{_twilio.AuthToken}")));
        // Twilio's idempotency header: a retried request for the same command is not sent twice.
        request.Headers.Add("I-Twilio-Idempotency-Token", message.MessageId.ToString("N"));
        return request;
    }

    // The reason is ours (TwilioErrorAnswer), never Twilio's message; no token, no number.
    [LoggerMessage(Level = LogLevel.Error,
        Message = "Twilio refused our account for command {CommandId} (HTTP {Status}): {Reason} The member is not at fault; the command is retried.")]
    private partial void LogAccountRefused(Guid commandId, int status, string reason);
}
