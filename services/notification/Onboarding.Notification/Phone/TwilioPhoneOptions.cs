namespace Onboarding.Notification.Phone;

/// <summary>
/// Configuration section <c>Notification:TwilioPhone</c>: a provider speaking Twilio's REST API (2010-04-01). Setting
/// <c>AccountSid</c> selects this channel (see <see cref="PhoneChannelRegistration"/>); the rest is then checked at
/// start. The load profile points <c>BaseUrl</c> at the load generator's endpoint; a real Twilio account works the
/// same way. <c>AccountSid</c> and <c>AuthToken</c> come from secrets (the AppHost's parameters), never from files.
/// </summary>
public sealed class TwilioPhoneOptions
{
    public const string Section = "Notification:TwilioPhone";

    public const string AccountSidKey = Section + ":AccountSid";

    public const string PublicBaseUrlKey = Section + ":PublicBaseUrl";

    public static readonly Uri TwilioApi = new("https://api.twilio.com");

    public Uri BaseUrl { get; set; } = TwilioApi;

    public string AccountSid { get; set; } = "";

    /// <summary>Signs our requests (Basic auth) and Twilio's status callbacks (X-Twilio-Signature).</summary>
    public string AuthToken { get; set; } = "";

    /// <summary>The sending number (E.164).</summary>
    public string From { get; set; } = "";

    /// <summary>
    /// Where Twilio reaches this system from outside (the gateway's public address, e.g.
    /// <c>https://onboarding.example.jp</c>). When set, every message and call asks Twilio for status callbacks at
    /// <c>{PublicBaseUrl}/api/notification/twilio/status/{commandId}</c>; unset, no callbacks are asked for.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long one request to Twilio may take before it counts as a (retryable) failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Why the options cannot work, or null when they can. Never quotes the token.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(AccountSid)) return $"{Section}:AccountSid is required.";
        if (string.IsNullOrWhiteSpace(AuthToken)) return $"{Section}:AuthToken is required (a secret).";
        if (!PhoneNumbers.IsE164(From)) return $"{Section}:From must be the sending number in E.164 form.";
        if (!IsHttpUrl(BaseUrl)) return $"{Section}:BaseUrl must be an absolute http(s) URL.";
        if (PublicBaseUrl is not null && !IsHttpUrl(PublicBaseUrl)) return $"{Section}:PublicBaseUrl must be an absolute http(s) URL.";
        if (RequestTimeout <= TimeSpan.Zero) return $"{Section}:RequestTimeout must be positive.";
        return null;
    }

    private static bool IsHttpUrl(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
