using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Onboarding.Messaging;
using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Topology;

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

    /// <summary>The operator's view of this host's parked messages, and the re-drive.</summary>
    public ParkedMessages ParkedMessages => _host.Services.GetRequiredService<ParkedMessages>();

    /// <summary>Delayed redelivery in seconds rather than the real schedule's minutes and hours.</summary>
    public static readonly IReadOnlyList<TimeSpan> ShortRedeliveryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    /// <summary>A new queue name for a probe host (or for several hosts that play one service at different times).</summary>
    public static string NewQueueName() => $"probe-{Guid.NewGuid():N}";

    /// <summary>
    /// Starts a probe host on <paramref name="queue"/> (a new one by default) whose failed messages are redelivered
    /// after <paramref name="redeliveryDelays"/> (<see cref="ShortRedeliveryDelays"/> by default).
    /// </summary>
    public static async Task<MessagingTestHost> StartAsync(string databaseConnectionString, string brokerConnectionString,
        string? queue = null, IReadOnlyList<TimeSpan>? redeliveryDelays = null)
    {
        queue ??= NewQueueName();
        var host = await BuildAsync(databaseConnectionString, brokerConnectionString, queue, redeliveryDelays);
        host.Services.GetRequiredService<IBus>().ConnectReceiveObserver(host.Services.GetRequiredService<ProbeObserver>());
        await host.StartAsync();
        return new MessagingTestHost(host, queue);
    }

    /// <summary>
    /// What the AppHost's <c>migrate</c> step does for a service: migrates nothing here (the probe database is created
    /// at start) but deploys the broker topology of <paramref name="queue"/>, and exits without consuming anything.
    /// </summary>
    public static async Task DeployTopologyAsync(string databaseConnectionString, string brokerConnectionString,
        string queue, IReadOnlyList<TimeSpan>? redeliveryDelays = null)
    {
        using var host = await BuildAsync(databaseConnectionString, brokerConnectionString, queue, redeliveryDelays);
        await host.DeployBrokerTopologyAsync();
    }

    private static async Task<IHost> BuildAsync(string databaseConnectionString, string brokerConnectionString,
        string queue, IReadOnlyList<TimeSpan>? redeliveryDelays)
    {
        var builder = Host.CreateApplicationBuilder();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:probedb"] = databaseConnectionString,
            ["ConnectionStrings:rabbitmq"] = brokerConnectionString,
            // Short backoff so a test sees the relay recover within seconds of the broker's return.
            ["Messaging:Outbox:MaxRetryDelay"] = "00:00:02",
        };
        foreach (var (delay, index) in (redeliveryDelays ?? ShortRedeliveryDelays).Select((delay, index) => (delay, index)))
        {
            settings[$"Messaging:Redelivery:Delays:{index}"] = delay.ToString("c");
        }
        builder.Configuration.AddInMemoryCollection(settings);
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
        return host;
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
