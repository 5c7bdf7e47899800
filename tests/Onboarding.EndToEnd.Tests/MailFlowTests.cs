using System.Net;
using System.Net.Http.Json;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// One real message through the whole system: the operator's delivery check, asked of membership (operator endpoints
/// are not reachable through the gateway), goes membership → its outbox → RabbitMQ → notification → SMTP and lands in
/// smtp4dev's inbox.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MailFlowTests(SystemFixture system)
{
    private const string TestEmailsPath = "/api/membership/operator/test-emails";
    private const string OperatorKeyHeader = "X-Operator-Key";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task TheOperatorsTestEmailTravelsThroughTheWholeSystemToTheMailServer()
    {
        (string culture, string subject, string text)[] rows =
        [
            ("ja", "【大学生協】メール配信確認", "このメールは配信確認のためのものです。"),
            ("en", "Delivery check from the University Co-op onboarding service", "This is a delivery check."),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (culture, subject, text) = row;
            var to = UniqueAddress($"delivery-check-{culture}");

            using var response = await PostTestEmailAsync(to, culture, system.OperatorApiKey);

            var accepted = await Step1Api.ReadAsync<TestEmailAccepted>(response, HttpStatusCode.Accepted);
            Assert.NotEqual(Guid.Empty, accepted.RequestId);
            var mail = await system.Inbox.WaitForMessageToAsync(to, MailTimeout);
            Assert.Equal(subject, mail.Subject);
            Assert.Contains(text, await system.Inbox.GetPlainTextAsync(mail.Id));
            // Exactly one: the outbox relays it once and the consumer's inbox keeps a redelivery from mailing twice.
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Single(await system.Inbox.ListMessagesToAsync(to));
        });
    }

    [Fact]
    public async Task WithoutTheOperatorKeyNoTestEmailIsSent()
    {
        var refused = UniqueAddress("refused");

        using var withoutKey = await PostTestEmailAsync(refused, "ja", operatorKey: null);
        using var wrongKey = await PostTestEmailAsync(refused, "ja", operatorKey: system.OperatorApiKey + "x");

        foreach (var response in new[] { withoutKey, wrongKey })
        {
            var problem = await Step1Api.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
            Assert.Equal("operator_credential_required", problem.Code);
        }

        // A test mail asked for afterwards, with the key, takes the same path: once it has arrived, a refused one
        // would have too.
        var allowed = UniqueAddress("allowed");
        using var withKey = await PostTestEmailAsync(allowed, "ja", system.OperatorApiKey);
        Assert.Equal(HttpStatusCode.Accepted, withKey.StatusCode);
        await system.Inbox.WaitForMessageToAsync(allowed, MailTimeout);
        Assert.Empty(await system.Inbox.ListMessagesToAsync(refused));
    }

    [Fact]
    public async Task TheGatewayDoesNotRouteTheOperatorEndpointEvenWithTheKey()
    {
        var outsider = UniqueAddress("outsider");
        using var request = new HttpRequestMessage(HttpMethod.Post, TestEmailsPath) { Content = JsonContent.Create(new { to = outsider, culture = "ja" }) };
        request.Headers.Add(OperatorKeyHeader, system.OperatorApiKey);

        using var response = await system.Gateway.SendAsync(request);

        var problem = await Step1Api.ReadProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("not_found", problem.Code);
    }

    private async Task<HttpResponseMessage> PostTestEmailAsync(string to, string culture, string? operatorKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TestEmailsPath)
        {
            Content = JsonContent.Create(new { to, culture }),
        };
        if (operatorKey is not null) request.Headers.Add(OperatorKeyHeader, operatorKey);
        return await system.MembershipDirect.SendAsync(request);
    }

    private static string UniqueAddress(string purpose) => $"{purpose}-{Guid.NewGuid():N}@e2e.example.jp";

    private sealed record TestEmailAccepted(Guid RequestId);
}
