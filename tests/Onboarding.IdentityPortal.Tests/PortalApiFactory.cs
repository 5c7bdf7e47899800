using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging;
using Onboarding.Testing;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The real identity-portal service on real PostgreSQL (a fresh database per test class, migrated as the migrate step
/// does) and real RabbitMQ, with a fake clock the tests move.
/// </summary>
public sealed class PortalApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Tuesday 2026-11-24 12:00 in Japan.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));

    public TestInfrastructure Infrastructure { get; private set; } = null!;

    /// <summary><c>Portal:CodeKey</c>; empty to run the service as the AppHost does until it passes the key.</summary>
    public string CodeKey { get; init; } = "test-only-portal-code-key-0123456789abcdef";

    /// <summary><c>KeyEncryption:Key</c>, which token keys are sealed under at rest.</summary>
    public const string KeyEncryptionKey = "test-only-identity-portal-key-encryption-key";

    /// <summary><c>Operator:ApiKey</c>: the operator endpoints (parked messages, the help desk) need it in <c>X-Operator-Key</c>.</summary>
    public const string OperatorKey = "test-only-identity-portal-operator-key";

    /// <summary><c>Portal:Tokens:Issuer</c> when not the default, to play another token issuer.</summary>
    public string? TokenIssuer { get; init; }

    /// <summary>An existing database to start on (another instance of the same service), instead of a fresh one.</summary>
    public string? SharedDatabase { get; init; }

    /// <summary>Also receives the service's log, for tests that check what it says (and what it never says).</summary>
    public ILoggerProvider? LogCapture { get; init; }

    private string _database = "";

    public string DatabaseConnectionString => _database;

    public async Task InitializeAsync()
    {
        Infrastructure = await TestInfrastructure.GetSharedAsync();
        _database = SharedDatabase ?? await Infrastructure.CreateDatabaseAsync("identity");
        // Migrated before the service starts, as the AppHost's migrate step does: at start the service opens its
        // stored token keys (a wrong key-encryption key must stop it), so the table must be there.
        await using var db = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>().UseNpgsql(_database).Options);
        await db.Database.MigrateAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:identitydb", _database);
        builder.UseSetting("ConnectionStrings:rabbitmq", Infrastructure.Broker.ConnectionString);
        builder.UseSetting("Portal:CodeKey", CodeKey);
        builder.UseSetting("KeyEncryption:Key", KeyEncryptionKey);
        builder.UseSetting("Operator:ApiKey", OperatorKey);
        if (TokenIssuer is not null) builder.UseSetting("Portal:Tokens:Issuer", TokenIssuer);
        if (LogCapture is not null) builder.ConfigureLogging(logging => logging.AddProvider(LogCapture));
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // The consumer's queue and bindings exist before a test publishes the event.
            services.Configure<MassTransitHostOptions>(options =>
            {
                options.WaitUntilStarted = true;
                options.StartTimeout = TimeSpan.FromSeconds(60);
            });
        });
    }

    public async Task<T> WithDbAsync<T>(Func<IdentityDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    /// <summary>Publishes STEP 1's event to the broker as membership's outbox relay does.</summary>
    public async Task PublishEmailConfirmedAsync(MemberEmailConfirmed confirmed, Guid? messageId = null)
    {
        var bus = Services.GetRequiredService<IBus>();
        await bus.Publish(confirmed, context => { if (messageId is { } id) context.MessageId = id; });
    }

    /// <summary>STEP 1 done for a fresh member of the test's own: the event is published and has reached the portal.</summary>
    public async Task<MemberEmailConfirmed> ConfirmInStep1Async(string email, Guid? memberId = null, DateTimeOffset? confirmedAt = null)
    {
        var confirmed = new MemberEmailConfirmed(memberId ?? Guid.NewGuid(), NewMemberNumber(), email,
            EmailConfirmationKind.NewAddress, confirmedAt ?? Clock.GetUtcNow());
        await PublishEmailConfirmedAsync(confirmed);
        Assert.True(await Eventually.TrueAsync(() => WithDbAsync(db =>
            db.ConfirmedAddresses.AnyAsync(a => a.MemberId == confirmed.MemberId && a.Email == confirmed.Email)), TimeSpan.FromSeconds(30)),
            "MemberEmailConfirmed never reached identity-portal.");
        return confirmed;
    }

    public static string NewMemberNumber() => Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString();

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
