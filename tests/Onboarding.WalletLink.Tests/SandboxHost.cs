extern alias sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Messaging;
using Onboarding.Testing;
using Onboarding.Testing.Smtp;
using SandboxProgram = sandbox::Program;
using SandboxDbContext = sandbox::Onboarding.WalletSandbox.Infrastructure.SandboxDbContext;
using SandboxClients = sandbox::Onboarding.WalletSandbox.Application.ClientRegistrationExtensions;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The wallet provider for wallet-link's tests: the real wallet-sandbox on a real port (wallet-link talks to it over
/// HTTP through its resilience pipeline), its own database, mailing its login codes to a private smtp4dev.
/// </summary>
public sealed class SandboxHost : WebApplicationFactory<SandboxProgram>
{
    public const string OperatorKey = "test-only-sandbox-operator-key";
    public const string ClientDisplayName = "大学生協 電子マネー連携";

    private readonly Dictionary<string, string?> _settings;

    private SandboxHost(Dictionary<string, string?> settings)
    {
        _settings = settings;
        // Not UseKestrel(0): with a port, the factory rewrites the server's addresses after the app has started Kestrel
        // on its own thread, which fails now and then (dotnet/aspnetcore#67714). A free port through "urls" instead.
        UseKestrel();
    }

    public TestSmtpServer Smtp { get; private init; } = null!;

    private int _apiRequests;

    /// <summary>Requests that reached the provider's machine-facing endpoints (token, revoke, wallet API) so far.</summary>
    public int ApiRequests => Volatile.Read(ref _apiRequests);

    private int _tokenRequests;

    /// <summary>Requests to <c>POST /oauth/token</c> (code and refresh token exchanges) so far.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    private TokenAnswerFault? _nextTokenFault;

    /// <summary>
    /// The next token request is carried out (the code or refresh token is spent) but its answer comes late by
    /// <paramref name="delay"/>, or is lost behind <paramref name="status"/> — what the sandbox's own fault settings
    /// cannot do, as they fail a request before it is carried out.
    /// </summary>
    public void AfterAcceptingNextTokenRequest(TimeSpan delay, int? status = null) =>
        Volatile.Write(ref _nextTokenFault, new TokenAnswerFault(delay, status));

    private sealed record TokenAnswerFault(TimeSpan Delay, int? Status);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First().TrimEnd('/') + "/");
        }
    }

    public static async Task<SandboxHost> StartAsync(TestInfrastructure infrastructure, string clientId, string clientSecret, string redirectUri)
    {
        var smtp = await TestSmtpServer.StartAsync();
        var database = await infrastructure.CreateDatabaseAsync("walletsandbox");
        var host = new SandboxHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:sandboxdb"] = database,
            ["Smtp:Host"] = smtp.Host,
            ["Smtp:Port"] = smtp.SmtpPort.ToString(),
            ["Operator:ApiKey"] = OperatorKey,
            ["WalletSandbox:Clients:0:ClientId"] = clientId,
            ["WalletSandbox:Clients:0:ClientSecret"] = clientSecret,
            ["WalletSandbox:Clients:0:DisplayName"] = ClientDisplayName,
            ["WalletSandbox:Clients:0:RedirectUris:0"] = redirectUri,
        }) { Smtp = smtp };
        _ = host.BaseAddress;
        await host.Services.MigrateDatabaseAsync<SandboxDbContext>();
        await SandboxClients.RegisterConfiguredClientsAsync(host.Services);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new CountApiRequests(this)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Counts what wallet-link sends the provider, ahead of everything else the sandbox does with it.</summary>
    private sealed class CountApiRequests(SandboxHost host) : IStartupFilter
    {
        private static readonly string[] ApiPrefixes = ["/oauth/token", "/oauth/revoke", "/users", "/accounts"];

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (ApiPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix))) Interlocked.Increment(ref host._apiRequests);
                if (!context.Request.Path.StartsWithSegments("/oauth/token"))
                {
                    await inner(context);
                    return;
                }
                Interlocked.Increment(ref host._tokenRequests);
                if (Interlocked.Exchange(ref host._nextTokenFault, null) is { } fault) await AnswerAfterAcceptingAsync(context, inner, fault);
                else await inner(context);
            });
            next(app);
        };

        /// <summary>Lets the provider carry the request out into a buffer, then answers late, or with the status instead.</summary>
        private static async Task AnswerAfterAcceptingAsync(HttpContext context, RequestDelegate inner, TokenAnswerFault fault)
        {
            var answer = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await inner(context);
            }
            finally
            {
                context.Response.Body = answer;
            }
            await Task.Delay(fault.Delay, context.RequestAborted);
            if (fault.Status is { } status)
            {
                context.Response.Clear();
                context.Response.StatusCode = status;
                return;
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(answer, context.RequestAborted);
        }
    }
}
