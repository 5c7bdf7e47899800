using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Phone;

namespace Onboarding.Notification.Apis;

/// <summary>
/// Twilio's delivery status callbacks, <c>POST /api/notification/twilio/status/{commandId}</c> (form-encoded, as
/// Twilio sends them), mapped only when the Twilio channel has a <c>PublicBaseUrl</c>; the gateway forwards
/// <c>/api/notification/twilio/…</c> from outside. Authenticated by <c>X-Twilio-Signature</c> over
/// <c>PublicBaseUrl</c> + path and the form: unsigned or wrongly signed → 403, before anything is read into the log.
/// Answers 204 when recorded (or when it reports an earlier stage than the one recorded); 400/404/409/413/415
/// problems otherwise, changing nothing. Not in the published OpenAPI document: Twilio, not a client of ours, calls it.
/// </summary>
public static partial class TwilioStatusCallbackApi
{
    /// <summary>Twilio's callbacks are a few hundred bytes; anything much larger is not one.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapTwilioStatusCallbackApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(TwilioStatusCallback.RoutePattern, RecordAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> RecordAsync(
        Guid commandId, HttpRequest request, IOptions<TwilioPhoneOptions> options, DeliveryLog log, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var twilio = options.Value;
        var signature = request.Headers[TwilioSignature.HeaderName].ToString();
        if (signature.Length == 0 || twilio.PublicBaseUrl is null) return NotSigned();
        if (request.ContentLength > MaxBodyBytes) return TooLarge();
        if (!request.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "A status callback is application/x-www-form-urlencoded.", "unsupported_media_type");
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The status callback is not a readable form.", "malformed_form");
        }

        var parameters = form.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? "")));
        var url = TwilioStatusCallback.UrlFor(twilio.PublicBaseUrl, commandId) + request.QueryString.Value;
        if (!TwilioSignature.IsValid(twilio.AuthToken, url, parameters, signature)) return NotSigned();

        if (Parse(form, twilio.AccountSid) is not { } report)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["form"] = ["Expected AccountSid (ours) and MessageSid with a known MessageStatus, or CallSid with a known CallStatus; ErrorCode, if any, a number."],
            });
        }

        var outcome = await log.RecordProviderStatusAsync(commandId, report);
        switch (outcome)
        {
            case ProviderStatusOutcome.NotFound:
                return Problem(StatusCodes.Status404NotFound, "No phone delivery for this command.", "delivery_not_found");
            case ProviderStatusOutcome.WrongChannel:
                return Problem(StatusCodes.Status400BadRequest, "The status is for the other channel (SMS / call) than this delivery's.", "wrong_channel");
            case ProviderStatusOutcome.OtherMessage:
                return Problem(StatusCodes.Status409Conflict, "This delivery belongs to another provider message.", "other_provider_message");
        }

        var logger = loggers.CreateLogger(typeof(TwilioStatusCallbackApi).FullName!);
        LogReported(logger, commandId, report.Channel, report.Status, report.ErrorCode, outcome == ProviderStatusOutcome.Stale);
        if (outcome == ProviderStatusOutcome.Recorded) NotificationMetrics.RecordProviderStatus(report.Channel, report.Status);
        return TypedResults.NoContent();
    }

    private static ProviderStatusReport? Parse(IFormCollection form, string accountSid)
    {
        if (form["AccountSid"].ToString() != accountSid) return null;
        var isCall = form.ContainsKey("CallSid");
        var channel = isCall ? DeliveryChannel.Voice : DeliveryChannel.Sms;
        var sid = form[isCall ? "CallSid" : "MessageSid"].ToString();
        var status = form[isCall ? "CallStatus" : "MessageStatus"].ToString();
        var errorText = form["ErrorCode"].ToString();
        int? errorCode = null;
        if (errorText.Length > 0)
        {
            if (!int.TryParse(errorText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)) return null;
            errorCode = code;
        }
        if (!ProviderSid().IsMatch(sid) || !TwilioStatusCallback.IsKnown(channel, status)) return null;
        return new ProviderStatusReport(channel, sid, status, errorCode, known => TwilioStatusCallback.Rank(channel, known));
    }

    private static ProblemHttpResult NotSigned() =>
        Problem(StatusCodes.Status403Forbidden, "The request does not carry a valid Twilio signature.", "signature_invalid");

    private static ProblemHttpResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"A status callback is at most {MaxBodyBytes} bytes.", "body_too_large");

    private static ProblemHttpResult Problem(int status, string title, string code) =>
        TypedResults.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    // SM/MM (messages) or CA (calls) and 32 hex digits.
    [GeneratedRegex("^(SM|MM|CA)[0-9a-fA-F]{32}$")]
    private static partial Regex ProviderSid();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Twilio reported {Status} (error {ErrorCode}) for command {CommandId} ({Channel}); earlier stage, ignored: {Stale}")]
    private static partial void LogReported(ILogger logger, Guid commandId, DeliveryChannel channel, string status, int? errorCode, bool stale);
}
