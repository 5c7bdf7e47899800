using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Onboarding.Messaging;

namespace Onboarding.Testing.Messaging;

/// <summary>
/// A service in miniature, wired exactly as the real services are (<c>AddServiceDatabase</c> +
/// <c>AddOnboardingMessaging</c>), with <see cref="ProbeConsumer"/> on its own queue.
/// </summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingTestHost(IHost host, string queue)
    {
        _host = host;
        Queue = queue;
    }

    /// <summary>The probe consumer's queue; its dead letters go to <c>{Queue}_error</c>.</summary>
    public string Queue { get; }

    public IServiceProvider Services => _host.Services;

    public ProbeObserver Observer => _host.Services.GetRequiredService<ProbeObserver>();

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<MessagingTestHost> StartAsync(string databaseConnectionString, string brokerConnectionString)
    {
        var queue = $"probe-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:probedb"] = databaseConnectionString,
            ["ConnectionStrings:rabbitmq"] = brokerConnectionString,
            // Short backoff so a test sees the relay recover within seconds of the broker's return.
            ["Messaging:Outbox:MaxRetryDelay"] = "00:00:02",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<ProbeObserver>();
        builder.AddServiceDatabase<ProbeDbContext>("probedb");
        builder.AddOnboardingMessaging<ProbeDbContext>(bus => bus
            .AddConsumer<ProbeConsumer>()
            .Endpoint(endpoint => endpoint.Name = queue));

        // Tests publish right after start: wait until the probe queue is bound, or an early event finds no subscriber.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Database.EnsureCreatedAsync();
        }
        host.Services.GetRequiredService<IBus>().ConnectReceiveObserver(host.Services.GetRequiredService<ProbeObserver>());
        await host.StartAsync();
        return new MessagingTestHost(host, queue);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext (one scope, like one request).</summary>
    public async Task<T> WithDbAsync<T>(Func<ProbeDbContext, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbeDbContext>());
    }

    public Task<int> EffectCountAsync(Guid messageId) =>
        WithDbAsync(db => db.Effects.CountAsync(e => e.MessageId == messageId));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
