using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Onboarding.OperatorConsole.Services;

/// <summary>
/// The services whose operator APIs the console calls, each through a named client with that service's operator key
/// (<c>OperatorConsole:Services:&lt;service&gt;:OperatorKey</c>, from the AppHost) and its address from service
/// discovery (or <c>OperatorConsole:Services:&lt;service&gt;:BaseAddress</c>, for a test). Never through the member
/// gateway, which answers 404 to every operator path anyway.
/// </summary>
public static class OperatorServicesRegistration
{
    public const string Membership = "membership";
    public const string IdentityPortal = "identity-portal";
    public const string Notification = "notification";
    public const string WalletLink = "wallet-link";

    public static readonly IReadOnlyList<string> All = [Membership, IdentityPortal, Notification, WalletLink];

    public static IHostApplicationBuilder AddOperatorServices(this IHostApplicationBuilder builder)
    {
        foreach (var service in All)
        {
            // Like the gateway's clients (ServiceApiRegistration): a POST is an action (an unlock, a release, an
            // import) and is never retried, and a 429 is an answer to show rather than a failure to retry.
#pragma warning disable EXTEXP0001
            builder.Services.AddHttpClient(service, (services, client) =>
                {
                    var section = services.GetRequiredService<IConfiguration>().GetSection($"OperatorConsole:Services:{service}");
                    client.BaseAddress = new Uri(section["BaseAddress"] is { Length: > 0 } configured ? configured : $"https+http://{service}");
                    client.DefaultRequestHeaders.Add("X-Operator-Key", section["OperatorKey"] ?? "");
                })
                .RemoveAllResilienceHandlers()
                .AddStandardResilienceHandler(options =>
                {
                    options.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransientFailure(args.Outcome));
                    options.Retry.DisableForUnsafeHttpMethods();
                    options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransientFailure(args.Outcome));
                    // A roster of 1.5 M rows takes minutes to import; the default 30 s would cut it off.
                    options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);
                    options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
                    options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(10);
                });
#pragma warning restore EXTEXP0001
        }
        builder.Services.AddScoped<OperatorServices>();
        return builder;
    }

    private static bool IsTransientFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(outcome);
}

/// <summary>The services' operator APIs, for pages: <c>services.Membership.GetAsync&lt;T&gt;(…)</c>.</summary>
public sealed class OperatorServices(IHttpClientFactory clients, ILogger<OperatorService> logger)
{
    public OperatorService Membership => Create(OperatorServicesRegistration.Membership);
    public OperatorService IdentityPortal => Create(OperatorServicesRegistration.IdentityPortal);
    public OperatorService Notification => Create(OperatorServicesRegistration.Notification);
    public OperatorService WalletLink => Create(OperatorServicesRegistration.WalletLink);

    private OperatorService Create(string name) => new(clients.CreateClient(name), logger) { Name = name };
}
