using System.Net;
using System.Net.Http.Json;
using Onboarding.Membership.Messaging;

namespace Onboarding.Membership.Tests;

/// <summary>membership's parked-message endpoints: operator key required, every consumer queue reported.</summary>
[Collection(MembershipCollection.Name)]
public sealed class ParkedMessagesApiTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private const string OperatorKey = "test-operator-key";
    private const string Path = "/api/membership/operator/parked-messages";
    private readonly HttpClient _http = factory.WithWebHostBuilder(web => web.UseSetting("Operator:ApiKey", OperatorKey)).CreateClient();

    [Fact]
    public async Task Without_the_operator_key_neither_count_nor_redrive_answers()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsync($"{Path}/redrive", null)).StatusCode);
    }

    [Fact]
    public async Task The_count_and_the_redrive_cover_every_consumer_queue_of_membership()
    {
        string[] queues =
        [
            PortalAccountCreatedConsumer.QueueName, WalletLinkedConsumer.QueueName, WalletUnlinkedConsumer.QueueName,
            PortalAccountDeletedConsumer.QueueName, PortalEmailChangedConsumer.QueueName,
        ];
        foreach (var request in new[] { new HttpRequestMessage(HttpMethod.Get, Path), new HttpRequestMessage(HttpMethod.Post, $"{Path}/redrive") })
        {
            request.Headers.Add("X-Operator-Key", OperatorKey);
            var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.Equal(0, body.GetProperty("total").GetInt64());
            Assert.Equal(queues.Order(StringComparer.Ordinal),
                body.GetProperty("queues").EnumerateArray().Select(queue => queue.GetProperty("queue").GetString()));
        }
    }
}
