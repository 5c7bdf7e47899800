using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Outbox;

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
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseNpgsql(builder.Configuration.GetConnectionString(connectionName)
                ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing."))
            .AddInterceptors(services.GetRequiredService<OutboxCommitSignal>()));
        builder.EnrichNpgsqlDbContext<TDbContext>();
        builder.Services.AddScoped(services => new ServiceDbContextAccessor(services.GetRequiredService<TDbContext>()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// MassTransit on RabbitMQ (connection string <c>rabbitmq</c>), the outbox relay for <typeparamref name="TDbContext"/>,
    /// and the inbox on every consumer. Failed messages are retried, then moved to the endpoint's <c>_error</c> queue.
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
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(brokerUri));
                // Retries wrap the inbox filter, so every attempt runs in a fresh transaction.
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                configureBus?.Invoke(rabbit, context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
