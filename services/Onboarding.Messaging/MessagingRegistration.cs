using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Outbox;
using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Redelivery;
using Onboarding.Messaging.Topology;

namespace Onboarding.Messaging;

/// <summary>The one way a service gets its database and RabbitMQ messaging.</summary>
public static class MessagingRegistration
{
    public const string BrokerConnectionName = "rabbitmq";

    /// <summary>
    /// The service's DbContext on PostgreSQL (connection string <paramref name="connectionName"/>), with Aspire's
    /// health check, retries and telemetry, and the hook that wakes the outbox relay on commit.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        builder.Services.AddSingleton<OutboxCommitSignal>();
        var connectionString = ConnectionPool.Bounded(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing."));
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetRequiredService<OutboxCommitSignal>()));
        builder.EnrichNpgsqlDbContext<TDbContext>();
        builder.Services.AddScoped(services => new ServiceDbContextAccessor(services.GetRequiredService<TDbContext>()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// MassTransit on RabbitMQ (connection string <c>rabbitmq</c>), the outbox relay for <typeparamref name="TDbContext"/>,
    /// and the inbox on every consumer. A failed message is retried at once (5 times in about 15 s), then redelivered
    /// after the delays of the <see cref="RedeliverySchedule"/> (minutes to hours, waiting on the broker), and only
    /// then parked in the endpoint's <c>_error</c> queue, from which an operator re-drives it
    /// (<see cref="ParkedMessagesApi"/>). Receive queues are quorum queues (see <see cref="ReceiveEndpointTopology"/>);
    /// the <c>migrate</c> step declares them and the command queues, converting classic ones
    /// (<see cref="BrokerTopology.DeployBrokerTopologyAsync"/>). Commands are sent to the command queue's exchange.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddServiceDatabase&lt;NotificationDbContext&gt;("notificationdb");
    /// builder.AddOnboardingMessaging&lt;NotificationDbContext&gt;(bus => bus.AddConsumer&lt;SendTestEmailConsumer&gt;());
    /// </code>
    /// </example>
    public static IHostApplicationBuilder AddOnboardingMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null,
        Action<IRabbitMqBusFactoryConfigurator, IBusRegistrationContext>? configureBus = null)
        where TDbContext : DbContext
    {
        var brokerUri = builder.Configuration.GetConnectionString(BrokerConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{BrokerConnectionName}' is missing.");

        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Messaging:Outbox");
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();

        var schedule = RedeliverySchedule.FromConfiguration(builder.Configuration);
        var queues = new ServiceQueues();
        builder.Services.AddSingleton(schedule);
        builder.Services.AddSingleton(queues);
        builder.Services.AddSingleton<BrokerTopologyMode>();
        builder.Services.AddSingleton(new BrokerConnectionString(brokerUri));
        builder.Services.AddSingleton<CommandQueueDeclarations>();
        builder.Services.AddSingleton(services =>
        {
            services.GetRequiredService<IBus>(); // the receive queues are known once the bus is built
            return ActivatorUtilities.CreateInstance<ParkedMessages>(services);
        });

        builder.Services.AddMassTransit(bus =>
        {
            // On by default, it posts the bus's shape to MassTransit's vendor: nothing leaves the co-op's systems
            // unasked (and from a closed network it only fails, once per bus stop).
            bus.DisableUsageTelemetry();
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConfigureEndpointsCallback((name, endpoint) => ReceiveEndpointTopology.Configure(name, endpoint, schedule, queues));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(brokerUri));
                rabbit.DeployTopologyOnly = context.GetRequiredService<BrokerTopologyMode>().DeployOnly;
                // Immediate retries, then delayed redelivery on the broker, then the _error queue (see the filter).
                // Both wrap the inbox filter, so every attempt runs in a fresh transaction.
                rabbit.UseConsumeFilter(typeof(DelayQueueRedeliveryFilter<>), context);
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                configureBus?.Invoke(rabbit, context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
