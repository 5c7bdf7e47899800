using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using Microsoft.Extensions.Options;
using Onboarding.Contracts.Commands;

namespace Onboarding.Notification.Phone;

/// <summary>
/// Configuration section <c>Notification:TwilioPhone</c>: a provider speaking Twilio's REST API (2010-04-01). The
/// load profile points it at the load generator's endpoint; a real Twilio account works the same way.
/// </summary>
public sealed class TwilioPhoneOptions
{
    public const string Section = "Notification:TwilioPhone";

    public const string BaseUrlKey = Section + ":BaseUrl";

    /// <summary>e.g. <c>https://api.twilio.com</c>.</summary>
    public Uri? BaseUrl { get; set; }

    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    /// <summary>The sending number (E.164).</summary>
    public string From { get; set; } = "";
}

/// <summary>
/// SMS through Twilio's Messages resource and voice through its Calls resource (the script read by a
/// <c>&lt;Say&gt;</c> in the message's language). A 400 answer is Twilio's "this number cannot be reached" family:
/// permanent (<see cref="ArgumentException"/>); anything else is worth retrying.
/// </summary>
public sealed class TwilioPhoneChannel(HttpClient http, IOptions<TwilioPhoneOptions> options) : IPhoneMessageChannel
{
    private readonly TwilioPhoneOptions _twilio = options.Value;

    public async Task SendAsync(OutgoingPhoneMessage message, CancellationToken cancellationToken)
    {
        if (!PhoneNumbers.IsE164(message.ToE164))
        {
            throw new ArgumentException("The phone number is not in E.164 form.", nameof(message));
        }

        var (resource, fields) = message.Channel == PhoneChannel.Voice
            ? ("Calls.json", new Dictionary<string, string> { ["To"] = message.ToE164, ["From"] = _twilio.From, ["Twiml"] = Twiml(message) })
            : ("Messages.json", new Dictionary<string, string> { ["To"] = message.ToE164, ["From"] = _twilio.From, ["Body"] = message.Text });
        var account = Uri.EscapeDataString(_twilio.AccountSid);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_twilio.BaseUrl!, $"/2010-04-01/Accounts/{account}/{resource}"))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_twilio.AccountSid}:{_twilio.AuthToken}")));
        // Twilio's idempotency header: a retried request for the same command is not sent twice.
        request.Headers.Add("I-Twilio-Idempotency-Token", message.MessageId.ToString("N"));

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            // The number and the text stay out of the exception (it is logged and recorded).
            throw new ArgumentException("The phone provider refused the number (HTTP 400).", nameof(message));
        }
        response.EnsureSuccessStatusCode();
    }

    private static string Twiml(OutgoingPhoneMessage message) =>
        $"<Response><Say language=\"{SecurityElement.Escape(message.LanguageTag)}\">{SecurityElement.Escape(message.Text)}</Say></Response>";
}
