using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>What the fake provider does when the browser arrives at its authorize page.</summary>
public enum ProviderDecision
{
    Allow,
    Deny,
    Error,
}

/// <summary>
/// A stand-in for wallet-link on a real port, and for the wallet provider's authorize page behind it. Starting a link
/// answers an <c>authorizationUrl</c> on this server; that "provider" page at once sends the browser to the gateway's
/// <c>/api/wallet/links/callback</c> (which the gateway proxies back here), and the callback ends with a 302 to the
/// return path with <c>?link=linked|denied|expired|invalid|failed</c>, as the real service does. Bearer tokens are
/// checked with the fake identity-portal's <see cref="FakeIdentityPortal.MemberOf"/>.
/// </summary>
public sealed class FakeWalletLink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<string?, Guid?> _authenticate;
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkAttempt> _attempts = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, DateTimeOffset> _linked = [];
    private readonly List<(string Method, string Suffix, int Status, object? Body)> _scripted = [];

    private FakeWalletLink(WebApplication app, Func<string?, Guid?> authenticate)
    {
        _app = app;
        _authenticate = authenticate;
    }

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Where the "provider" sends the browser back to: the gateway (its callback route is proxied here).</summary>
    public Uri GatewayAddress { get; set; } = new("http://localhost/");

    public ProviderDecision Decision { get; set; } = ProviderDecision.Allow;

    /// <summary>False: wallet-link answers /me with the link but no amounts, as when the provider is down.</summary>
    public bool ProviderAvailable { get; set; } = true;

    /// <summary>Called when a member's link completes (the test's stand-in for WalletLinked reaching membership).</summary>
    public Action<Guid>? OnLinked { get; set; }

    /// <summary>Called when a member's wallet is unlinked (the stand-in for WalletUnlinked reaching membership).</summary>
    public Action<Guid>? OnUnlinked { get; set; }

    public ConcurrentQueue<(string Method, string PathAndQuery, string Authorization, string Body)> Requests { get; } = new();

    public static async Task<FakeWalletLink> StartAsync(Func<string?, Guid?> authenticate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeWalletLink(app, authenticate);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _attempts.Clear();
            _linked.Clear();
            _scripted.Clear();
        }
        Requests.Clear();
        Decision = ProviderDecision.Allow;
        ProviderAvailable = true;
        OnLinked = null;
        OnUnlinked = null;
    }

    public void Link(Guid memberId)
    {
        lock (_gate) _linked[memberId] = DateTimeOffset.UtcNow;
    }

    public bool IsLinked(Guid memberId)
    {
        lock (_gate) return _linked.ContainsKey(memberId);
    }

    /// <summary>Every link attempt started so far becomes too old to finish.</summary>
    public void ExpireAttempts()
    {
        lock (_gate)
        {
            foreach (var attempt in _attempts.Values) attempt.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        }
    }

    public void RespondOnce(string method, string pathSuffix, int status, object? body = null)
    {
        lock (_gate) _scripted.Add((method, pathSuffix, status, body));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var authorization = request.Headers.Authorization.ToString();
        Requests.Enqueue((request.Method, request.Path + request.QueryString, authorization, body));
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;

        (int Status, object? Body, string? Location) answer;
        lock (_gate)
        {
            var index = _scripted.FindIndex(s => s.Method == request.Method && (request.Path.Value ?? "").EndsWith(s.Suffix, StringComparison.Ordinal));
            if (index >= 0)
            {
                var scripted = _scripted[index];
                _scripted.RemoveAt(index);
                answer = (scripted.Status, scripted.Body, null);
            }
            else
            {
                answer = Route(request.Method, (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries), request.Query, body, token, request.Cookies,
                    ServiceText.CultureOf(request.Headers.AcceptLanguage.ToString()));
            }
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }
        if (answer.Body is JsonObject problem)
        {
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(problem.ToJsonString());
        }
        else if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(answer.Body, JsonSerializerOptions.Web));
        }
    }

    private (int, object?, string?) Route(string method, string[] segments, IQueryCollection query, string body, string? token,
        IRequestCookieCollection cookies, string culture) => (method, segments) switch
    {
        ("POST", ["api", "wallet", "links"]) => StartLink(body, token, culture),
        ("GET", ["provider", "authorize"]) => Authorize(query["state"].ToString()),
        ("GET", ["api", "wallet", "links", "callback"]) => Callback(query, cookies),
        ("GET", ["api", "wallet", "me"]) => Me(token),
        ("DELETE", ["api", "wallet", "links", "me"]) => Unlink(token, culture),
        _ => (404, ServiceText.Problem(404, "not_found", "Not found"), null),
    };

    private (int, object?, string?) StartLink(string body, string? token, string culture)
    {
        if (_authenticate(token) is not { } memberId) return (401, null, null);
        if (_linked.ContainsKey(memberId)) return (409, ServiceText.Problem(409, "already_linked", ServiceText.WalletLink.Title("already_linked", culture)), null);
        var returnUrl = JsonDocument.Parse(body).RootElement.GetProperty("returnUrl").GetString() ?? "/";
        var state = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _attempts[state] = new LinkAttempt(memberId, returnUrl) { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10) };
        // Like the real service: the browser must bring this cookie back to the callback (the gateway sets it).
        var browserBinding = new { cookieName = ".Onboarding.WalletLink." + state[..16], cookieValue = "bound-" + state, cookiePath = "/api/wallet/links/callback",
            expiresAt = DateTimeOffset.UtcNow.AddMinutes(10) };
        return (201, new { authorizationUrl = new Uri(BaseAddress, $"provider/authorize?client_id=onboarding&state={state}").ToString(), browserBinding }, null);
    }

    /// <summary>The provider's pages (e-mail, 認証コード, アクセスを許可する) collapsed into one decision.</summary>
    private (int, object?, string?) Authorize(string state)
    {
        var callback = new Uri(GatewayAddress, "/api/wallet/links/callback").ToString();
        var location = Decision switch
        {
            ProviderDecision.Deny => $"{callback}?error=access_denied&state={state}",
            ProviderDecision.Error => $"{callback}?error=server_error&state={state}",
            _ => $"{callback}?code={Convert.ToHexString(RandomNumberGenerator.GetBytes(8))}&state={state}",
        };
        return (302, null, location);
    }

    private (int, object?, string?) Callback(IQueryCollection query, IRequestCookieCollection cookies)
    {
        var state = query["state"].ToString();
        if (!_attempts.Remove(state, out var attempt)) return (302, null, "/step3/mypage?link=invalid");
        var outcome = query["error"].ToString() switch
        {
            _ when cookies[".Onboarding.WalletLink." + state[..16]] != "bound-" + state => "wrong_browser",
            "access_denied" => "denied",
            { Length: > 0 } => "failed",
            _ when attempt.ExpiresAt <= DateTimeOffset.UtcNow => "expired",
            _ => "linked",
        };
        if (outcome == "linked")
        {
            _linked[attempt.MemberId] = DateTimeOffset.UtcNow;
            OnLinked?.Invoke(attempt.MemberId);
        }
        return (302, null, $"{attempt.ReturnUrl}?link={outcome}");
    }

    private (int, object?, string?) Me(string? token)
    {
        if (_authenticate(token) is not { } memberId) return (401, null, null);
        if (!_linked.TryGetValue(memberId, out var linkedAt))
        {
            return (200, new { linked = false, provider = (string?)null, walletAccountId = (string?)null, linkedAt = (DateTimeOffset?)null, providerAvailable = ProviderAvailable }, null);
        }
        if (!ProviderAvailable)
        {
            return (200, new { linked = true, provider = "pokepay", walletAccountId = "acc-1", linkedAt, providerAvailable = false,
                balance = (decimal?)null, moneyBalance = (decimal?)null, pointBalance = (decimal?)null, transactions = (object?)null }, null);
        }
        return (200, new
        {
            linked = true,
            provider = "pokepay",
            walletAccountId = "acc-1",
            linkedAt,
            providerAvailable = true,
            balance = 12_345m,
            moneyBalance = 12_000m,
            pointBalance = 345m,
            transactions = new object[]
            {
                new { id = "t3", type = "payment", description = "生協食堂 北部店", amount = -480m, moneyAmount = -480m, pointAmount = 0m, doneAt = DateTimeOffset.Parse("2026-11-24T03:15:00Z") },
                new { id = "t2", type = "topup", description = "チャージ（生協ショップ）", amount = 5_000m, moneyAmount = 5_000m, pointAmount = 0m, doneAt = DateTimeOffset.Parse("2026-11-23T09:02:00Z") },
                new { id = "t1", type = "point", description = "ポイント付与", amount = 45m, moneyAmount = 0m, pointAmount = 45m, doneAt = DateTimeOffset.Parse("2026-11-20T10:30:00Z") },
            },
        }, null);
    }

    private (int, object?, string?) Unlink(string? token, string culture)
    {
        if (_authenticate(token) is not { } memberId) return (401, null, null);
        if (!_linked.Remove(memberId)) return (404, ServiceText.Problem(404, "not_linked", ServiceText.WalletLink.Title("not_linked", culture)), null);
        OnUnlinked?.Invoke(memberId);
        return (204, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record LinkAttempt(Guid MemberId, string ReturnUrl)
    {
        public DateTimeOffset ExpiresAt { get; set; }
    }
}
