using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.AppHost;

namespace Onboarding.EndToEnd.Tests;

/// <summary>The whole system comes up from the AppHost, healthy, and the gateway reaches every service behind it.</summary>
[Collection(SystemCollection.Name)]
public sealed class SystemTests(SystemFixture system)
{
    [Fact]
    public void EveryResourceOfTheSystemIsDefined()
    {
        string[] expected =
        [
            ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Mail, ResourceNames.Gateway, ResourceNames.OperatorConsole,
            .. ResourceNames.Databases,
            .. ResourceNames.Services,
            .. ResourceNames.DatabaseOwners.Select(ResourceNames.Migration),
        ];

        var defined = system.Resources.Select(resource => resource.Name).ToHashSet();

        Assert.All(expected, name => Assert.Contains(name, defined));
    }

    [Fact]
    public void EveryResourceIsHealthyAndEveryMigrationSucceeded()
    {
        var notifications = system.App.Services.GetRequiredService<ResourceNotificationService>();

        var notReady = system.Resources
            .Where(resource => !notifications.TryGetCurrentState(resource.Name, out var current)
                || ResourceReadiness.Of(resource, current.Snapshot) != Readiness.Ready)
            .Select(resource => resource.Name)
            .ToList();

        Assert.True(notReady.Count == 0, $"Not ready: {string.Join(", ", notReady)}{Environment.NewLine}{system.Report(onlyNotReady: true)}");
    }

    [Fact]
    public void LocalServersRunFromTheSystemsOwnDataDirectory()
    {
        var postgres = system.Resources.Single(resource => resource.Name == ResourceNames.Postgres);
        var rabbitMq = system.Resources.Single(resource => resource.Name == ResourceNames.RabbitMq);

        if (postgres is ExecutableResource && rabbitMq is ExecutableResource)
        {
            // Local mode: what the fixture's clean-up check looks for must be there while the system runs.
            var processes = ServerProcesses.Using(system.DataDirectory);
            Assert.Contains(processes, process => process.CommandLine.Contains("postgres"));
            Assert.Contains(processes, process => process.CommandLine.Contains("beam"));
        }
        else
        {
            // Containers, or external servers given as connection strings: nothing runs from the data directory.
            Assert.Empty(ServerProcesses.Using(system.DataDirectory));
            Assert.True((postgres.IsContainer() && rabbitMq.IsContainer()) ||
                (postgres is ConnectionStringResource && rabbitMq is ConnectionStringResource),
                "The servers are neither local executables, containers nor external connection strings.");
        }
    }

    private static string[] Services => [.. ResourceNames.Services, ResourceNames.Gateway, ResourceNames.OperatorConsole];

    [Fact]
    public Task EveryServiceAnswersItsHealthEndpoint() =>
        Assert.AllAsync(Services, async service =>
        {
            using var client = system.App.CreateHttpClient(service, ResourceNames.HttpEndpoint);

            using var response = await client.GetAsync("/health");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });

    [Fact]
    public async Task TheGatewayRoutesEachApiToItsService()
    {
        (string prefix, string service)[] rows =
        [
            ("membership", ResourceNames.Membership),
            ("portal", ResourceNames.IdentityPortal),
            ("wallet", ResourceNames.WalletLink),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (prefix, service) = row;
            using var response = await system.Gateway.GetAsync($"/api/{prefix}/ping");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<PingResponse>();
            Assert.Equal(service, body?.Service);
        });
    }

    [Fact]
    public async Task TheMailInboxApiAnswers()
    {
        using var response = await system.Mail.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed record PingResponse(string Service);
}
