using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Onboarding.Notification.Phone;

/// <summary>
/// Turns Twilio's error answer (<c>{"code": 21211, "message": "...", "more_info": "...", "status": 400}</c>) into the
/// exception that says what to do about it:
/// <list type="bullet">
/// <item>429, or code 20429, and 5xx: the provider cannot take it now — <see cref="PhoneProviderUnavailableException"/>
/// with its <c>Retry-After</c>;</item>
/// <item>401/403/404 and the 4xx codes about our account (credentials, sender, region permissions): an operator
/// problem, retried, never blamed on the member;</item>
/// <item>any other 4xx (21211 invalid number, 21614 not a mobile, ...): the number cannot be reached this way —
/// <see cref="PhoneNumberUndeliverableException"/>, not retried.</item>
/// </list>
/// Twilio's <c>message</c> is never used: it quotes the number.
/// </summary>
public static class TwilioErrorAnswer
{
    public const int RateLimited = 20429;

    /// <summary>Codes about the member's number, in words an operator can pass on.</summary>
    private static readonly Dictionary<int, string> NumberProblems = new()
    {
        [21211] = "the 'To' number is not a valid phone number",
        [21214] = "the number cannot be reached by a call",
        [21217] = "the number is not a valid phone number",
        [21401] = "the number is not a valid phone number",
        [21407] = "the number is not supported for voice calls",
        [21610] = "the member has unsubscribed from our SMS (replied STOP)",
        [21612] = "the number cannot receive SMS from our sender",
        [21614] = "the number is not a mobile number and cannot receive SMS; a voice call may work",
    };

    /// <summary>Codes about our account or configuration: an operator must act, the member did nothing wrong.</summary>
    private static readonly Dictionary<int, string> AccountProblems = new()
    {
        [20003] = "our credentials were refused (check Notification:TwilioPhone:AccountSid/AuthToken)",
        [20404] = "the account or resource was not found (check Notification:TwilioPhone:AccountSid/BaseUrl)",
        [21212] = "our sending number is not valid (check Notification:TwilioPhone:From)",
        [21215] = "calls to this region are not enabled for our account (geographic permissions)",
        [21219] = "a trial account can only call verified numbers",
        [21408] = "SMS to this region is not enabled for our account (geographic permissions)",
        [21603] = "our sending number is missing (check Notification:TwilioPhone:From)",
        [21606] = "our sending number cannot send SMS",
        [21608] = "a trial account can only send to verified numbers",
    };

    public static async Task<Exception> ToExceptionAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = await ReadCodeAsync(response, cancellationToken);
        return Classify(response.StatusCode, code, RetryAfter(response.Headers.RetryAfter, now));
    }

    public static Exception Classify(HttpStatusCode status, int? code, TimeSpan? retryAfter)
    {
        var http = (int)status;
        var answer = code is { } c ? $"Twilio {http}, code {c}" : $"Twilio {http}";
        if (status == HttpStatusCode.TooManyRequests || code == RateLimited)
        {
            return new PhoneProviderUnavailableException($"{answer}: rate limited; retried later.", retryAfter, isOperatorProblem: false);
        }
        if (http >= 500)
        {
            return new PhoneProviderUnavailableException($"{answer}: the provider failed; retried later.", retryAfter, isOperatorProblem: false);
        }
        if (code is { } known && AccountProblems.TryGetValue(known, out var accountProblem))
        {
            return new PhoneProviderUnavailableException($"{answer}: {accountProblem}; an operator must fix it, retried later.", retryAfter, isOperatorProblem: true);
        }
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return new PhoneProviderUnavailableException($"{answer}: our account was refused; an operator must fix it, retried later.", retryAfter, isOperatorProblem: true);
        }
        var numberProblem = code is { } number && NumberProblems.TryGetValue(number, out var words)
            ? words
            : "the provider refused the number";
        return new PhoneNumberUndeliverableException($"{answer}: {numberProblem}; not retried.", code);
    }

    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date <= now ? TimeSpan.Zero : date - now,
        _ => null,
    };

    // Only the code: a body that is not Twilio's JSON (a proxy's HTML page) is an answer without one.
    private static async Task<int?> ReadCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("code", out var code)
                && code.TryGetInt32(out var value)
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
