using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>Base of the messaging tests: real PostgreSQL (a fresh database per class) and real RabbitMQ.</summary>
public abstract class ProbeHostTest : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    protected TestInfrastructure Infrastructure { get; private set; } = null!;

    protected MessagingTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Infrastructure = await TestInfrastructure.GetSharedAsync();
        var database = await Infrastructure.CreateDatabaseAsync(GetType().Name);
        Host = await MessagingTestHost.StartAsync(database, Infrastructure.Broker.ConnectionString);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
