using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Npgsql;
using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.ServiceDefaults.KeyEncryption;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The gateway's Data Protection key ring (journey cookies, antiforgery tokens) lives in gatewaydb, which every replica
/// shares, sealed under the key-encryption key from configuration. Each test has a gatewaydb of its own, so it knows
/// every key in it.
/// </summary>
public sealed class KeyRingTests : IAsyncLifetime
{
    private FakeMembership _membership = null!;
    private string _database = "";

    public async Task InitializeAsync()
    {
        _membership = await FakeMembership.StartAsync();
        _database = await GatewayDatabase.CreateAsync("gatewaykeyring");
    }

    public async Task DisposeAsync() => await _membership.DisposeAsync();

    [Fact]
    public async Task A_journey_cookie_and_antiforgery_token_from_one_gateway_host_are_accepted_by_the_next()
    {
        var browser = new CookieContainer();
        string antiforgeryToken;
        await using (var first = Replica())
        {
            using var client = first.CreateDefaultClient(new CookieContainerHandler(browser));
            await Step1Steps.LookUpSuccessfullyAsync(client);
            antiforgeryToken = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/step1/email"));
        }

        // The first host is gone (a restart; another replica is the same): the second has only gatewaydb in common.
        await using var second = Replica();
        using var sameBrowser = second.CreateDefaultClient(new CookieContainerHandler(browser));

        var emailPage = await sameBrowser.GetStringAsync("/step1/email");
        var sent = await sameBrowser.PostAsync("/step1/email/registered",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgeryToken }));

        // The lookup cookie is read: the member's masked address, not the "start again" page.
        Assert.Contains(FakeMembership.Member1MaskedEmail, emailPage);
        // The token the first host put in the page passes the second host's antiforgery check.
        Step1Steps.ChallengeIdFrom(sent);
        // One key, made by the first host and found by the second in gatewaydb (it made none of its own).
        Assert.Single(await StoredKeysAsync());
    }

    [Fact]
    public async Task Replicas_starting_together_on_an_empty_key_ring_create_one_key_and_read_each_others_cookies()
    {
        // Three hosts on one fresh gatewaydb started at once, as Aspire and Kubernetes start replicas: without the
        // advisory lock each made a key of its own, active at once, and protected with it.
        var replicas = Enumerable.Range(0, 3).Select(_ => Replica()).ToList();
        try
        {
            await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.Services)));

            Assert.Single(await StoredKeysAsync());
            // A journey that alternates between replicas keeps its cookie and antiforgery token.
            var browser = new CookieContainer();
            using var first = replicas[0].CreateDefaultClient(new CookieContainerHandler(browser));
            using var second = replicas[1].CreateDefaultClient(new CookieContainerHandler(browser));
            await Step1Steps.LookUpSuccessfullyAsync(first);
            var antiforgeryToken = HtmlForms.AntiforgeryToken(await second.GetStringAsync("/step1/email"));
            var sent = await first.PostAsync("/step1/email/registered",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgeryToken }));
            Step1Steps.ChallengeIdFrom(sent);
            Assert.Single(await StoredKeysAsync());
        }
        finally
        {
            foreach (var replica in replicas) await replica.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_stored_key_ring_is_sealed_and_a_host_with_another_key_encryption_key_refuses_to_start()
    {
        await using (var gateway = Replica())
        {
            using var client = gateway.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        var stored = await StoredKeysAsync();

        await using var wrongKey = Replica().WithWebHostBuilder(builder => builder.UseSetting("KeyEncryption:Key", "some-other-gateway-key-encryption-key"));
        var error = Assert.Throws<KeyEncryptionException>(() => wrongKey.Services);

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains("kek1:", xml);
            Assert.DoesNotContain("<masterKey", xml);
            Assert.DoesNotContain(GatewayDatabase.KeyEncryptionKey, xml);
        });
        Assert.Contains("Start the service with the key it was encrypted under", error.Message);
        // It stopped instead of quietly making a key it could open (which would void every member's cookie).
        Assert.Equal(stored, await StoredKeysAsync());
    }

    private WebApplicationFactory<Program> Replica() => GatewayFactory.OnDatabase(_database).WithWebHostBuilder(builder =>
    {
        builder.UseSetting("services:membership:http:0", _membership.BaseAddress.ToString());
        builder.UseSetting("Gateway:RateLimiting:PermitsPerMinute", "100000");
    });

    /// <summary>The key elements as stored in gatewaydb, read with SQL rather than through the gateway.</summary>
    private async Task<List<string>> StoredKeysAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT xml FROM data_protection_keys ORDER BY id """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
