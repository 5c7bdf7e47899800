using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Onboarding.Load.Codes;

/// <summary>
/// The phone provider under load: the part of Twilio's REST API (2010-04-01) notification's Twilio adapter calls —
/// <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c> (SMS: To, From, Body) and <c>.../Calls.json</c> (voice: To,
/// From, Twiml) — answering 201 with a resource like Twilio's, and handing the code to the <see cref="CodeMailbox"/>
/// under the E.164 number. A request without To is refused with 400 as Twilio would; a text without a code it can
/// read (a voice script spells the digits out in words) is accepted and counted, as a provider would accept it.
/// </summary>
public static class TwilioSink
{
    public const string MessagesPath = "/2010-04-01/Accounts/{accountSid}/Messages.json";
    public const string CallsPath = "/2010-04-01/Accounts/{accountSid}/Calls.json";

    public static IEndpointRouteBuilder MapTwilioSink(this IEndpointRouteBuilder endpoints, CodeMailbox mailbox, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        endpoints.MapPost(MessagesPath, (string accountSid, HttpRequest request) => AcceptAsync(accountSid, request, "Body", "SM", mailbox, clock));
        endpoints.MapPost(CallsPath, (string accountSid, HttpRequest request) => AcceptAsync(accountSid, request, "Twiml", "CA", mailbox, clock));
        return endpoints;
    }

    private static async Task<IResult> AcceptAsync(
        string accountSid, HttpRequest request, string textField, string sidPrefix, CodeMailbox mailbox, TimeProvider clock)
    {
        if (!request.HasFormContentType) return Refused("Content-Type must be application/x-www-form-urlencoded.");
        var form = await request.ReadFormAsync();
        var to = form["To"].ToString();
        var code = CodeText.Find(form[textField].ToString());
        if (to.Length == 0) return Refused("A 'To' phone number is required.");

        if (code is null) mailbox.NoteMessageWithoutCode();
        else mailbox.Deliver(new ReceivedCode(to, code, clock.GetUtcNow()));
        var sid = sidPrefix + Guid.NewGuid().ToString("N");
        return Results.Json(new { sid, account_sid = accountSid, to, status = "queued" }, statusCode: StatusCodes.Status201Created);
    }

    // Twilio's error shape: code 21211 is "invalid 'To' phone number".
    private static IResult Refused(string message) =>
        Results.Json(new { code = 21211, message, status = 400 }, statusCode: StatusCodes.Status400BadRequest);
}
