using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The API routes reach the right service, found by service discovery under its Aspire resource name
/// (here pointed at fake services through the same <c>services:*</c> configuration the AppHost sets).
/// </summary>
public sealed class ProxyRoutingTests(GatewayFactory factory) : IClassFixture<GatewayFactory>, IAsyncLifetime
{
    private readonly Dictionary<string, FakeService> _services = [];
    private WebApplicationFactory<Program> _gateway = null!;

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "membership", "identity-portal", "wallet-link", "notification" })
        {
            _services[name] = await FakeService.StartAsync(name);
        }
        _gateway = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (name, service) in _services)
            {
                builder.UseSetting($"services:{name}:http:0", service.BaseAddress.ToString());
            }
        });
    }

    [Fact]
    public async Task Forwards_the_path_unchanged_to_the_owning_service()
    {
        (string path, string service)[] rows =
        [
            ("/api/membership/lookups", "membership"),
            ("/api/membership/onboarding/7f1c?x=1", "membership"),
            ("/api/portal/signups/abc/profile", "identity-portal"),
            ("/api/wallet/links/callback?code=c&state=s", "wallet-link"),
            ("/api/notification/twilio/status/0b5c3a4e-2f0d-4f7e-9a57-0d1c2b3a4f5e", "notification"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (path, service) = row;
            using var client = _gateway.CreateClient();

            var response = await client.PostAsync(path, content: null);
            var forwarded = ForwardedRequest.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(service, forwarded.Service);
            Assert.Equal(path, forwarded.PathAndQuery);
            Assert.Equal("POST", forwarded.Method);
            Assert.Equal("localhost", forwarded.ForwardedHost);
        });
    }

    [Fact]
    public async Task Only_twilios_status_callbacks_reach_notification()
    {
        using var client = _gateway.CreateClient();

        var other = await client.GetAsync("/api/notification/dev/phone-messages");
        var sink = await client.GetAsync("/dev/phone-messages/latest?to=%2B819012345678");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sink.StatusCode);
        Assert.Equal(0, _services["notification"].RequestCount);
    }

    [Fact]
    public async Task Sends_the_language_the_member_chose_not_the_browsers()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja-JP,ja;q=0.9");
        var browserLanguage = ForwardedRequest.Parse(await client.GetStringAsync("/api/membership/x"));

        await HtmlForms.SwitchLanguageAsync(client, "en");
        var chosenLanguage = ForwardedRequest.Parse(await client.GetStringAsync("/api/membership/x"));

        Assert.Equal("ja", browserLanguage.AcceptLanguage);
        Assert.Equal("en", chosenLanguage.AcceptLanguage);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_is_a_localised_502_problem()
    {
        using var unreachable = factory.WithWebHostBuilder(builder =>
            builder.UseSetting("services:membership:http:0", "http://127.0.0.1:9"));
        using var client = unreachable.CreateClient();

        var response = await client.GetAsync("/api/membership/lookups");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("service_unavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("サービスに接続できません", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_wallet_callbacks_code_and_state_never_reach_the_logs_even_in_development()
    {
        var logs = new CapturedLogs();
        using var development = _gateway.WithWebHostBuilder(builder => builder
            .UseEnvironment(Environments.Development)
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = development.CreateClient();

        var response = await client.GetAsync("/api/wallet/links/callback?code=code-8f3a91&state=state-77c2e4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, message => message.Contains("code-8f3a91") || message.Contains("state-77c2e4"));
    }

    /// <summary>Every message any category writes at the levels the host's configuration lets through.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        foreach (var service in _services.Values)
        {
            await service.DisposeAsync();
        }
    }
}
