using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Onboarding.OperatorConsole.Tests.Infrastructure;

/// <summary>
/// A local stand-in for the services' operator APIs on Kestrel (127.0.0.1, a free port), answering membership's real
/// shapes (docs/api.md): the funnel and its members CSV, the reminder waves (a second release is 409
/// <c>wave_already_released</c>), the roster import (multipart field <c>file</c>), and every service's parked
/// messages under its own prefix. Each service's <c>X-Operator-Key</c> is checked (401
/// <c>operator_credential_required</c> otherwise), and every request that got past it is logged.
/// </summary>
public sealed class OperatorApiStandIn : IAsyncDisposable
{
    public const string WaveId = "2027-03-31-d30";
    public const string ReleasedWaveId = "2027-03-31-d14";

    /// <summary>The members CSV as membership streams it: BOM, CRLF, Japanese, a formula escaped, and bytes past 64 KB.</summary>
    public static readonly byte[] MembersCsv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
        "組合員番号,姓,名,姓（カナ）,名（カナ）,生協,次に行うこと,メールアドレス,STEP 1 完了日時,STEP 2 完了日時\r\n" +
        "A0000001,山田,花子,ヤマダ,ハナコ,東海大学生協,STEP 1 メールアドレスの確認,hanako@example.jp,,\r\n" +
        "A0000002,'=cmd,太郎,,,東海大学生協,未着手（STEP 1 から）,,,\r\n" +
        string.Concat(Enumerable.Range(3, 2000).Select(i => $"A{i:D7},姓{i},名{i},,,東海大学生協,STEP 2 マイポータルへの登録,m{i}@example.jp,2026-12-01 10:00,\r\n"))))
        .ToArray();

    /// <summary>Each service's operator key (as the AppHost gives the console one per service).</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        ["membership"] = "stand-in-membership-key",
        ["identity-portal"] = "stand-in-portal-key",
        ["notification"] = "stand-in-notification-key",
        ["wallet-link"] = "stand-in-wallet-key",
    };

    private static readonly Dictionary<string, string> Prefixes = new()
    {
        ["membership"] = "/api/membership/operator",
        ["identity-portal"] = "/api/portal/operator",
        ["notification"] = "/api/notification/operator",
        ["wallet-link"] = "/api/wallet/operator",
    };

    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task<IResult>>> _answers = new();

    /// <summary>The calls to paths a test set with <see cref="Answer"/>, with their bodies and the audit entries there were at the time.</summary>
    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Asked at each such call: how many audit entries there are (set by a test that checks "audited before the call").</summary>
    public Func<Task<int>> AuditEntryCount { get; set; } = () => Task.FromResult(0);

    public sealed record Call(string Method, string Path, string Body, int AuditEntriesAtCall);

    /// <summary>What <paramref name="method"/> <paramref name="path"/> answers from now on, key checked as for the others.</summary>
    public void Answer(string method, string path, Func<HttpContext, Task<IResult>> answer) => _answers[$"{method} {path}"] = answer;

    public void AnswerJson(string method, string path, object body, int status = 200) =>
        Answer(method, path, _ => Task.FromResult(Results.Json(body, statusCode: status)));

    public void AnswerProblem(string method, string path, int status, string code, string title) =>
        Answer(method, path, _ => Task.FromResult(Problem(status, code, title)));
    private readonly ConcurrentDictionary<string, DateTimeOffset> _released = new() { [ReleasedWaveId] = DateTimeOffset.Parse("2026-12-01T01:00:00Z") };
    private WebApplication _app = null!;

    /// <summary>Every request past the key check: "GET /api/membership/operator/funnel?days=30".</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>The roster file's bytes as membership received them, and the multipart field they came in.</summary>
    public (string Field, byte[] Bytes)? LastRoster { get; private set; }

    /// <summary>Runs when the members CSV is asked for, before its first byte is sent (the test looks at the audit log then).</summary>
    public Func<Task>? OnMembersCsv { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<OperatorApiStandIn> StartAsync()
    {
        var standIn = new OperatorApiStandIn();
        await standIn.RunAsync();
        return standIn;
    }

    /// <summary>The console's settings pointing every service at this stand-in (or <paramref name="down"/> ones at a closed port).</summary>
    public Dictionary<string, string?> Settings(params string[] down)
    {
        var closed = ClosedPort();
        var settings = new Dictionary<string, string?>();
        foreach (var (service, key) in Keys)
        {
            settings[$"OperatorConsole:Services:{service}:BaseAddress"] = down.Contains(service) ? closed.ToString() : BaseUrl.ToString();
            settings[$"OperatorConsole:Services:{service}:OperatorKey"] = key;
        }
        return settings;
    }

    /// <summary>An address nothing listens on: a port the system gave out and took back.</summary>
    public static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // membership takes rosters up to 1 GiB (its RosterUpload.MaxBytes), past Kestrel's default 30 MB.
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = null);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.MultipartBodyLengthLimit = 1L << 30);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(AnswerSetAsync);
        foreach (var (service, prefix) in Prefixes)
        {
            var api = _app.MapGroup(prefix).AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (!FixedTimeEquals(http.Request.Headers["X-Operator-Key"].ToString(), Keys[service]))
                {
                    return Problem(401, "operator_credential_required", "Operator credential required");
                }
                _requests.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
                return await next(context);
            });
            api.MapGet("/parked-messages", () => Results.Json(Parked(service, service == "notification" ? 3u : 0u)));
            api.MapPost("/parked-messages/redrive", () => Results.Json(Parked(service, service == "notification" ? 3u : 0u)));
            if (service == "membership") MapMembership(api);
        }
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    /// <summary>A path a test set with <see cref="Answer"/>: its service's key checked, the call recorded, the answer given.</summary>
    private async Task AnswerSetAsync(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path.Value ?? "";
        if (!_answers.TryGetValue($"{http.Request.Method} {path}", out var answer))
        {
            await next(http);
            return;
        }
        var service = Prefixes.Single(prefix => path.StartsWith(prefix.Value + "/", StringComparison.Ordinal)).Key;
        if (!FixedTimeEquals(http.Request.Headers["X-Operator-Key"].ToString(), Keys[service]))
        {
            await Problem(401, "operator_credential_required", "Operator credential required").ExecuteAsync(http);
            return;
        }
        using var reader = new StreamReader(http.Request.Body);
        Calls.Enqueue(new Call(http.Request.Method, path, await reader.ReadToEndAsync(), await AuditEntryCount()));
        await (await answer(http)).ExecuteAsync(http);
    }

    private void MapMembership(RouteGroupBuilder api)
    {
        api.MapGet("/funnel", (string? coop) =>
        {
            var coops = new[]
            {
                new { coop = "東海大学生協", members = Stages(120, 45, 30, 12, 293), total = 500 },
                new { coop = "北海道大学生協", members = Stages(10, 0, 5, 5, 80), total = 100 },
            }.Where(c => coop is null || c.coop == coop).ToList();
            return Results.Json(new
            {
                takenAt = DateTimeOffset.Parse("2026-12-06T12:05:00Z"),
                stages = new[] { "not_started", "step1", "step2", "step3", "completed" },
                coops,
                trend = new[]
                {
                    new { day = "2026-12-05", members = Stages(140, 50, 35, 15, 360) },
                    new { day = "2026-12-06", members = Stages(130, 45, 35, 17, 373) },
                },
            });
        });
        api.MapGet("/funnel/members.csv", async (HttpContext http) =>
        {
            if (OnMembersCsv is { } before) await before();
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=members-not-done-20261206.csv; filename*=UTF-8''members-not-done-20261206.csv";
            // In pieces, as membership streams it.
            foreach (var chunk in MembersCsv.Chunk(16 * 1024))
            {
                await http.Response.Body.WriteAsync(chunk);
                await http.Response.Body.FlushAsync();
            }
        });
        api.MapGet("/reminder-waves", () => Results.Json(new[] { Wave(WaveId), Wave(ReleasedWaveId) }));
        api.MapGet("/reminder-waves/{waveId}", (string waveId) => waveId is WaveId or ReleasedWaveId
            ? Results.Json(new
            {
                wave = Wave(waveId),
                preview = new[] { new { coop = "東海大学生協", members = new { step1 = 150, step2 = 30, step3 = 12 }, total = 192 } },
                total = 192,
            })
            : Problem(404, "wave_not_found", "そのリマインダーは見つかりません"));
        api.MapPost("/reminder-waves/{waveId}/release", (string waveId) =>
        {
            if (waveId is not (WaveId or ReleasedWaveId)) return Problem(404, "wave_not_found", "そのリマインダーは見つかりません");
            return _released.TryAdd(waveId, DateTimeOffset.UtcNow)
                ? Results.Json(Wave(waveId))
                : Problem(409, "wave_already_released", "このリマインダーはすでに送信を開始しています");
        });
        api.MapPost("/roster-imports", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var file = form.Files.First();
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            LastRoster = (file.Name, buffer.ToArray());
            return Results.Json(new
            {
                importId = Guid.Parse("0190f3c4-0000-7000-8000-000000000001"),
                encoding = "utf-8",
                rows = 4, inserted = 1, updated = 1, unchanged = 0, rejected = 2, rejectionsTruncated = false,
                rejections = new object[]
                {
                    new { line = 3, memberNumber = "=cmd|' /C calc'!A0", field = "birthDate", reason = "invalid", duplicateOfLine = (int?)null, message = "生年月日：日付として読めません" },
                    new { line = 5, memberNumber = (string?)null, field = "memberNumber", reason = "duplicate", duplicateOfLine = (int?)2, message = "組合員番号：2行目と重複しています" },
                },
            });
        });
    }

    private object Wave(string id) => new
    {
        id,
        daysBefore = int.Parse(id[(id.LastIndexOf('d') + 1)..]),
        dueAt = DateTimeOffset.Parse("2027-03-01T01:00:00Z"),
        releasedAt = _released.TryGetValue(id, out var at) ? at : (DateTimeOffset?)null,
        startedAt = (DateTimeOffset?)null,
        completedAt = (DateTimeOffset?)null,
        sent = 0,
    };

    private static Dictionary<string, int> Stages(int notStarted, int step1, int step2, int step3, int completed) => new()
    {
        ["not_started"] = notStarted, ["step1"] = step1, ["step2"] = step2, ["step3"] = step3, ["completed"] = completed,
    };

    private static object Parked(string service, uint messages) => new
    {
        total = (long)messages,
        queues = new[] { new { queue = $"{service}-commands", messages, waitingForRedelivery = 0u } },
    };

    private static IResult Problem(int status, string code, string title) =>
        Results.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
