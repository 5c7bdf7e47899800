using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Contracts;
using Onboarding.Notification.Infrastructure;
using Onboarding.Testing;
using Onboarding.Testing.Smtp;

namespace Onboarding.Notification.Tests.Infrastructure;

/// <summary>
/// One notification service for the whole collection, on real PostgreSQL (a fresh, migrated database), the shared
/// RabbitMQ broker and a private smtp4dev. The service's queue name is fixed, so the tests share it and run one at
/// a time; each test uses its own recipients and looks only for its own messages.
/// </summary>
public sealed class NotificationServiceFixture : IAsyncLifetime
{
    /// <summary>The test SMTP server answers 550 to recipients starting with this.</summary>
    public const string RejectedRecipientPrefix = "rejected-";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary><c>Operator:ApiKey</c>, for the operator endpoints (the help desk's delivery search).</summary>
    public const string OperatorKey = "test-only-notification-operator-key";

    /// <summary><c>Notification:RecipientKey</c>, which the delivery log's recipient hashes are keyed with.</summary>
    public const string RecipientKey = "test-only-notification-recipient-key-0123456789";

    public TestInfrastructure Infrastructure { get; private set; } = null!;

    public TestSmtpServer Smtp { get; private set; } = null!;

    public Smtp4devClient Mail { get; private set; } = null!;

    public NotificationServiceFactory Service { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var smtp = TestSmtpServer.StartAsync(new TestSmtpServerOptions { RejectRecipientsStartingWith = RejectedRecipientPrefix });
        Infrastructure = await TestInfrastructure.GetSharedAsync();
        DatabaseConnectionString = await Infrastructure.CreateDatabaseAsync("notification");
        // Migrated before the service starts, as the AppHost's migrate step does.
        await using (var db = new NotificationDbContext(
            new DbContextOptionsBuilder<NotificationDbContext>().UseNpgsql(DatabaseConnectionString).Options))
        {
            await db.Database.MigrateAsync();
        }
        Smtp = await smtp;
        Mail = Smtp.CreateClient();
        Service = CreateService();
        _ = Service.Server; // start it: the bus begins consuming the queue
    }

    /// <summary>A service on the same database, broker and SMTP server, with extra settings.</summary>
    public NotificationServiceFactory CreateService(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationdb"] = DatabaseConnectionString,
            ["ConnectionStrings:rabbitmq"] = Infrastructure.Broker.ConnectionString,
            ["Smtp:Host"] = Smtp.Host,
            ["Smtp:Port"] = Smtp.SmtpPort.ToString(),
            ["Smtp:Security"] = "None",
            ["Smtp:Timeout"] = "00:00:10",
            // Short waits so that a test sees retries within seconds.
            ["Notification:Delivery:RetryAttempts"] = "2",
            ["Notification:Delivery:RetryDelay"] = "00:00:00.200",
            ["Notification:PhoneSink:Enabled"] = "true",
            ["Notification:RecipientKey"] = RecipientKey,
            ["Operator:ApiKey"] = OperatorKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Onboarding"] = "Information",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return new NotificationServiceFactory(settings);
    }

    /// <summary>
    /// Runs the collection's service with extra settings (e.g. another phone channel) until the next call; null
    /// restores the defaults. A replacement rather than a second service: two would share the one queue.
    /// </summary>
    public async Task ReplaceServiceAsync(IReadOnlyDictionary<string, string?>? overrides)
    {
        await Service.DisposeAsync();
        Service = CreateService(overrides);
        _ = Service.Server;
    }

    /// <summary>Sends a command to the notification queue, as the other services' outbox relays do.</summary>
    /// <returns>The message id, which the inbox and the delivery log key on.</returns>
    public async Task<Guid> SendAsync<T>(T command, Guid? messageId = null) where T : class
    {
        var id = messageId ?? NewId.NextGuid();
        var endpoint = await Service.Bus.GetSendEndpoint(new Uri($"exchange:{QueueNames.Notification}"));
        await endpoint.Send(command, context => context.MessageId = id);
        return id;
    }

    public async Task<T> WithDbAsync<T>(Func<NotificationDbContext, Task<T>> work)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
    }

    public Task<Delivery?> DeliveryAsync(Guid commandId) =>
        WithDbAsync(db => db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.CommandId == commandId));

    /// <summary>Waits until the command's delivery row satisfies <paramref name="condition"/> and returns it.</summary>
    public async Task<Delivery> WaitForDeliveryAsync(Guid commandId, Func<Delivery, bool> condition, TimeSpan? timeout = null)
    {
        Delivery? last = null;
        var reached = await Eventually.TrueAsync(async () =>
        {
            last = await DeliveryAsync(commandId);
            return last is not null && condition(last);
        }, timeout ?? Patience);
        Assert.True(reached, last is null
            ? $"No delivery row for command {commandId}."
            : $"Delivery of {commandId} stayed {last.Status} after {last.Attempts} attempt(s): {last.FailureReason}");
        return last!;
    }

    /// <summary>Waits until the bus has finished <paramref name="count"/> deliveries of the message (handled or skipped).</summary>
    public async Task WaitForDeliveriesAsync(Guid messageId, int count) =>
        Assert.True(
            await Eventually.TrueAsync(() => Task.FromResult(Service.Observer.DeliveriesOf(messageId) >= count), Patience),
            $"The bus finished {Service.Observer.DeliveriesOf(messageId)} of {count} deliveries of {messageId}.");

    public async Task DisposeAsync()
    {
        if (Service is not null) await Service.DisposeAsync();
        Mail?.Dispose();
        if (Smtp is not null) await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotificationServiceCollection : ICollectionFixture<NotificationServiceFixture>
{
    public const string Name = "notification service";
}

/// <summary>Unique recipients, so that each test finds only its own mails and phone messages.</summary>
public static class Recipients
{
    public static string Email(string purpose) => $"{purpose}-{Guid.NewGuid():N}@example.jp";

    /// <summary>A Japanese mobile number in E.164 that no other test uses.</summary>
    public static string Phone() => $"+8190{Random.Shared.Next(10_000_000, 99_999_999)}";
}
