using Onboarding.Testing.Messaging;
using System.Net;
using System.Net.Http.Json;

namespace Onboarding.Membership.Tests;

/// <summary>The operator's delivery check: credential required, the address checked, the command queued for notification.</summary>
[Collection(MembershipCollection.Name)]
public sealed class TestEmailTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private const string OperatorKey = "test-operator-key";
    private readonly HttpClient _http = factory.WithWebHostBuilder(web => web.UseSetting("Operator:ApiKey", OperatorKey)).CreateClient();

    [Fact]
    public async Task Without_the_operator_key_nothing_is_sent()
    {
        var response = await _http.PostAsJsonAsync("/api/membership/operator/test-emails", new { to = "ops@example.jp" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_address_is_refused_naming_the_field()
    {
        (string to, string errorCode)[] rows =
        [
            ("", "email.required"),
            ("not-an-address", "email.invalid"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (to, errorCode) = row;
            var response = await SendAsync(to);
            var problem = await ApiClient.JsonAsync(response);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty("to").GetString());
        });
    }

    [Fact]
    public async Task A_test_mail_is_queued_for_notification()
    {
        var response = await SendAsync("ＯＰＳ@Example.JP");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var requestId = (await ApiClient.JsonAsync(response)).GetProperty("requestId").GetGuid();

        var command = await new NotificationQueueTap(factory.Infrastructure.Broker.ConnectionString)
            .WaitForAsync(m => m.TryGetProperty("requestId", out var id) && id.GetGuid() == requestId);
        Assert.Equal("OPS@example.jp", command.GetProperty("to").GetString());
    }

    private Task<HttpResponseMessage> SendAsync(string to)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/operator/test-emails")
        {
            Content = JsonContent.Create(new { to, culture = "ja" }),
        };
        request.Headers.Add("X-Operator-Key", OperatorKey);
        return _http.SendAsync(request);
    }
}
