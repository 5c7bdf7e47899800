using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Onboarding.AppHost;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Issue 15 §1 on this machine: with two replicas of every service, the gateway and the console, everything runs
/// twice, migrations and the console's seeded administrator happen once, each key ring holds one key, and a member's
/// STEP 1 whose requests alternate between the two gateway processes (each called on its own port, past the proxy)
/// keeps its journey cookie and antiforgery tokens.
/// </summary>
[Collection(ReplicaSystemCollection.Name)]
public sealed partial class ReplicaTests(ReplicaSystemFixture system)
{
    private static readonly string[] Replicated = [.. ResourceNames.Services, ResourceNames.Gateway, ResourceNames.OperatorConsole];

    [ReplicaFact]
    public void Every_service_the_gateway_and_the_console_run_two_healthy_replicas_and_each_migration_ran_once()
    {
        Assert.All(Replicated, name =>
        {
            var replicas = system.ReplicaIds(name);
            Assert.Equal(ReplicaSystemFixture.Replicas, replicas.Count);
            Assert.All(replicas, id => Assert.Equal(Readiness.Ready, ResourceReadiness.Of(system.Resource(name), system.Snapshot(id))));
        });
        Assert.All(ResourceNames.DatabaseOwners.Select(ResourceNames.Migration), name =>
        {
            var run = Assert.Single(system.ReplicaIds(name));
            Assert.Equal(0, system.Snapshot(run).ExitCode);
        });
    }

    [ReplicaFact]
    public async Task Each_key_ring_holds_one_key_and_the_seeded_administrator_exists_once()
    {
        foreach (var database in new[] { ResourceNames.GatewayDb, ResourceNames.WalletDb, ResourceNames.ConsoleDb })
        {
            Assert.True(1 == await CountAsync(database, "SELECT count(*) FROM data_protection_keys"),
                $"{database}: two replicas starting together must share one Data Protection key.");
        }
        Assert.Equal(1, await CountAsync(ResourceNames.ConsoleDb, "SELECT count(*) FROM asp_net_users WHERE normalized_user_name = 'ADMIN'"));

        // identity-portal: both replicas publish the one signing key stored (membership's and wallet-link's four
        // replicas fetched the keys through the proxy as they started, so both portal replicas have loaded them).
        var published = await Task.WhenAll(system.ReplicaAddresses(ResourceNames.IdentityPortal).Select(async address =>
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            using var keys = JsonDocument.Parse(await client.GetStringAsync("/.well-known/jwks"));
            return keys.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).Order().ToList();
        }));
        Assert.Equal(2, published.Length);
        Assert.Single(published[0]);
        Assert.Equal(published[0], published[1]);
        Assert.Equal(2, await CountAsync(ResourceNames.IdentityDb, "SELECT count(*) FROM token_keys"));
    }

    [ReplicaFact]
    public async Task A_step1_whose_requests_alternate_between_the_gateway_replicas_keeps_its_cookies_and_antiforgery_tokens()
    {
        var addresses = system.ReplicaAddresses(ResourceNames.Gateway);
        Assert.Equal(2, addresses.Distinct().Count());
        var browser = new CookieContainer();
        using var first = Replica(addresses[0], browser);
        using var second = Replica(addresses[1], browser);
        var member = SeededMembers.Okada;

        // The form comes from one replica, the post goes to the other: its antiforgery token and cookie are accepted.
        var lookupForm = await first.GetStringAsync("/step1");
        var date = DateOnly.ParseExact(member.BirthDate, "yyyy-MM-dd");
        using var lookedUp = await second.PostAsync("/step1", Form(lookupForm, new()
        {
            ["MemberNumber"] = member.Number,
            ["BirthYear"] = date.Year.ToString(),
            ["BirthMonth"] = date.Month.ToString(),
            ["BirthDay"] = date.Day.ToString(),
        }));
        AssertRedirect(lookedUp, "/step1/confirm");

        // The lookup cookie the second issued is read by the first: the masked name, then the address on file.
        Assert.Contains(member.MaskedName, WebUtility.HtmlDecode(await first.GetStringAsync("/step1/confirm")));
        var emailPage = await first.GetStringAsync("/step1/email");
        Assert.Matches(@"registered-address__value[^>]*>[^<@*]{1,3}\*{5}@", emailPage);
        await system.PasscodeCooldowns.WaitForTurnAsync(member.Number);
        system.PasscodeCooldowns.Sending(member.Number);
        using var sent = await second.PostAsync("/step1/email/registered", Form(emailPage, []));
        var challengeId = Guid.Parse(AssertRedirect(sent, PasscodePage()).Groups["id"].Value);

        var mail = await PasscodeMail.WaitForAsync(system.Inbox, challengeId);
        var codePage = await second.GetStringAsync($"/step1/passcode/{challengeId}");
        using var verified = await first.PostAsync($"/step1/passcode/{challengeId}", Form(codePage, new() { ["Passcode"] = mail.Passcode }));
        AssertRedirect(verified, "/step1/done");
        var done = await second.GetAsync("/step1/done");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        // The confirmation cookie the first issued, read by the second: the member's own confirmed address.
        Assert.Contains($">{mail.Recipient}</dd>", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()));

        // And the JSON API through both replicas' proxies: the lookup on one, the passcode request on the other.
        using var lookup = await first.PostAsJsonAsync("/api/membership/lookups", new { memberNumber = SeededMembers.Suzuki.Number, birthDate = SeededMembers.Suzuki.BirthDate });
        var created = await Step1Api.ReadAsync<Step1Api.LookupCreated>(lookup, HttpStatusCode.Created);
        using var refused = await second.PostAsJsonAsync($"/api/membership/lookups/{created.LookupId}/passcode", new { target = "unknown" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    private static HttpClient Replica(Uri address, CookieContainer browser) =>
        new(new HttpClientHandler { CookieContainer = browser, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>The page's form fields with its antiforgery token, as the browser would post them.</summary>
    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "The page has no antiforgery token.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value);
        return new FormUrlEncodedContent(fields);
    }

    private static void AssertRedirect(HttpResponseMessage response, string location)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.StatusCode}");
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    private static Match AssertRedirect(HttpResponseMessage response, Regex location)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.StatusCode}");
        var match = location.Match(response.Headers.Location?.OriginalString ?? "");
        Assert.True(match.Success, $"Not the expected redirect: {response.Headers.Location}");
        return match;
    }

    private async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*\svalue="(?<token>[^"]+)"|value="(?<token>[^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("^/step1/passcode/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex PasscodePage();
}
