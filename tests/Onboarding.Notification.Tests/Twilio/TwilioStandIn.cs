using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onboarding.Testing;

namespace Onboarding.Notification.Tests.Twilio;

/// <summary>
/// A local stand-in for Twilio's REST API (2010-04-01), on Kestrel: <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>
/// and <c>Calls.json</c>, form-encoded, Basic auth with the account SID and auth token (401 with code 20003
/// otherwise), answering 201 with a resource (<c>sid</c>, <c>status: queued</c>) or Twilio's error JSON
/// <c>{code, message, more_info, status}</c> — whose message, like Twilio's, quotes the number. Tests script refusals
/// and answers per number, and sign status callbacks the way Twilio does.
/// </summary>
public sealed class TwilioStandIn : IAsyncLifetime
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "stand-in-auth-token-7d1e0c";
    public const string From = "+815012340000";

    private readonly ConcurrentQueue<TwilioRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _nextAnswers = new();
    private readonly ConcurrentDictionary<string, int> _refusedNumbers = new();
    private WebApplication _app = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<TwilioRequest> Requests => [.. _requests];

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", (string accountSid, HttpContext context) => AnswerAsync("Messages", "SM", accountSid, context));
        _app.MapPost("/2010-04-01/Accounts/{accountSid}/Calls.json", (string accountSid, HttpContext context) => AnswerAsync("Calls", "CA", accountSid, context));
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Every later request to <paramref name="number"/> is refused with 400 and <paramref name="code"/>.</summary>
    public void Refuse(string number, int code) => _refusedNumbers[number] = code;

    /// <summary>The next request to <paramref name="number"/> gets this error answer instead of being accepted.</summary>
    public void AnswerNext(string number, int status, int code, TimeSpan? retryAfter = null) =>
        _nextAnswers.GetOrAdd(number, _ => new ConcurrentQueue<ScriptedAnswer>()).Enqueue(new ScriptedAnswer(status, code, retryAfter));

    public IReadOnlyList<TwilioRequest> RequestsTo(string number) => [.. Requests.Where(request => request.Form.GetValueOrDefault("To") == number)];

    public async Task<TwilioRequest> WaitForRequestAsync(string number, int count = 1)
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(RequestsTo(number).Count >= count), TimeSpan.FromSeconds(60)),
            $"The stand-in got {RequestsTo(number).Count} of {count} request(s) for the number.");
        return RequestsTo(number)[count - 1];
    }

    /// <summary>Twilio's signature, written out here rather than borrowed from the service under test.</summary>
    public static string Sign(string url, IEnumerable<KeyValuePair<string, string>> fields, string authToken = AuthToken)
    {
        var data = url + string.Concat(fields.OrderBy(field => field.Key, StringComparer.Ordinal).Select(field => field.Key + field.Value));
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data)));
    }

    private async Task<IResult> AnswerAsync(string resource, string sidPrefix, string accountSid, HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync()).ToDictionary(field => field.Key, field => field.Value.ToString())
            : new Dictionary<string, string>();
        var authorized = accountSid == AccountSid && IsOurAccount(request.Headers.Authorization.ToString());
        var sid = sidPrefix + Guid.NewGuid().ToString("N");
        _requests.Enqueue(new TwilioRequest(resource, authorized, form, request.Headers["I-Twilio-Idempotency-Token"].ToString(), DateTimeOffset.UtcNow, sid));

        if (!authorized) return Error(401, 20003, "Authenticate");
        if (!request.HasFormContentType) return Error(400, 20001, "Content-Type must be application/x-www-form-urlencoded.");
        var to = form.GetValueOrDefault("To") ?? "";
        if (to.Length == 0) return Error(400, 21604, "A 'To' phone number is required.");
        if (_nextAnswers.TryGetValue(to, out var answers) && answers.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfter is { } wait) context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString();
            return Error(scripted.Status, scripted.Code, "Scripted answer.");
        }
        if (_refusedNumbers.TryGetValue(to, out var code))
        {
            return Error(400, code, $"The 'To' number {to} is not valid for this request.");
        }
        return Results.Json(
            new { sid, account_sid = accountSid, to, from = form.GetValueOrDefault("From"), status = "queued", api_version = "2010-04-01" },
            statusCode: StatusCodes.Status201Created);
    }

    private static bool IsOurAccount(string authorization) =>
        AuthenticationHeaderValue.TryParse(authorization, out var header)
        && header.Scheme == "Basic"
        && header.Parameter == Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));

    private static IResult Error(int status, int code, string message) =>
        Results.Json(new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status }, statusCode: status);

    private sealed record ScriptedAnswer(int Status, int Code, TimeSpan? RetryAfter);
}

/// <summary>One request as the stand-in received it; <paramref name="Sid"/> is the resource's id when accepted.</summary>
public sealed record TwilioRequest(
    string Resource, bool Authorized, IReadOnlyDictionary<string, string> Form, string IdempotencyToken, DateTimeOffset At, string Sid);
