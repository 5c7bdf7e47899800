using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Onboarding.OperatorConsole.Tests.Infrastructure;

/// <summary>
/// The four services' operator APIs on one local Kestrel port, as the console calls them (paths, the operator key
/// header, JSON and problem answers): each test sets what a path answers. Every call is recorded, with whether the
/// console had already written an audit entry for it, so that "audited before the call" is checked rather than assumed.
/// </summary>
public sealed class ServicesStandIn : IAsyncDisposable
{
    public const string OperatorKey = "stand-in-operator-key";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task<IResult>>> _answers = new();

    private ServicesStandIn(WebApplication app) => _app = app;

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Asked at each call: whether the audit entry is there already (set by the test).</summary>
    public Func<Task<int>> AuditEntryCount { get; set; } = () => Task.FromResult(0);

    public sealed record Call(string Method, string Path, string Body, bool KeyGiven, int AuditEntriesAtCall);

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<ServicesStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new ServicesStandIn(app);
        app.Run(standIn.AnswerAsync);
        await app.StartAsync();
        return standIn;
    }

    /// <summary>What <paramref name="method"/> <paramref name="path"/> answers from now on (unset paths answer 404 without a body, as an unknown route does).</summary>
    public void Answer(string method, string path, Func<HttpContext, Task<IResult>> answer) => _answers[$"{method} {path}"] = answer;

    public void AnswerJson(string method, string path, object body, int status = 200) =>
        Answer(method, path, _ => Task.FromResult(Results.Json(body, statusCode: status)));

    public void AnswerProblem(string method, string path, int status, string code, string title, IDictionary<string, string[]>? errors = null) =>
        Answer(method, path, _ => Task.FromResult(Results.Problem(statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["errors"] = errors })));

    public IReadOnlyDictionary<string, string?> Settings() =>
        OperatorServicesNames.ToDictionary(service => $"OperatorConsole:Services:{service}:BaseAddress", _ => (string?)BaseAddress.ToString())
            .Concat(OperatorServicesNames.ToDictionary(service => $"OperatorConsole:Services:{service}:OperatorKey", _ => (string?)OperatorKey))
            .ToDictionary();

    private static readonly string[] OperatorServicesNames = ["membership", "identity-portal", "notification", "wallet-link"];

    private async Task AnswerAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = http.Request.Path.Value ?? "";
        Calls.Enqueue(new Call(http.Request.Method, path, body, http.Request.Headers["X-Operator-Key"] == OperatorKey, await AuditEntryCount()));
        if (http.Request.Headers["X-Operator-Key"] != OperatorKey)
        {
            await Results.Problem(statusCode: 401, extensions: new Dictionary<string, object?> { ["code"] = "operator_credential_required" }).ExecuteAsync(http);
            return;
        }
        if (_answers.TryGetValue($"{http.Request.Method} {path}", out var answer))
        {
            await (await answer(http)).ExecuteAsync(http);
            return;
        }
        http.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
