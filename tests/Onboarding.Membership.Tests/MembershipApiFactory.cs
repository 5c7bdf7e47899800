using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging;
using Onboarding.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The real membership service on real PostgreSQL (a fresh database per test class, migrated and seeded as the
/// migrate step does) and real RabbitMQ, with a fake clock the tests move.
/// </summary>
public sealed class MembershipApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PublicBaseUrl = "http://member-ui.test";

    /// <summary>Tuesday 2026-11-24 12:00 in Japan.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));

    public TestInfrastructure Infrastructure { get; private set; } = null!;

    private string _database = "";

    public string DatabaseConnectionString => _database;

    public async Task InitializeAsync()
    {
        Infrastructure = await TestInfrastructure.GetSharedAsync();
        _database = await Infrastructure.CreateDatabaseAsync("membership");
        await Services.MigrateDatabaseAsync<MembershipDbContext>();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DevelopmentMembers>().SeedAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:membershipdb", _database);
        builder.UseSetting("ConnectionStrings:rabbitmq", Infrastructure.Broker.ConnectionString);
        builder.UseSetting("Membership:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Membership:PasscodeKey", "test-only-passcode-key-0123456789abcdef");
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // No identity-portal here (members are signed in by TestMemberAuthentication), so the start's fetch of its
            // keys only retries; its retry delays run on the fake clock, which never moves, and disposing the host
            // then waits five minutes per HTTP pipeline for that request to end.
            services.Remove(services.Single(service => service.ImplementationType == typeof(PortalKeysPrefetch)));
        });
    }

    public async Task<T> WithDbAsync<T>(Func<MembershipDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    /// <summary>A roster entry of the test's own, so no other test's confirmations change it.</summary>
    public Task AddMemberAsync(string memberNumber, DateOnly birthDate, string? registeredEmail) =>
        WithDbAsync(async db =>
        {
            db.Members.Add(new Member
            {
                Id = Guid.NewGuid(), MemberNumber = memberNumber, BirthDate = birthDate, FamilyName = "試験", GivenName = "花子",
                Coop = "テスト大学生協", RegisteredEmail = registeredEmail, CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
