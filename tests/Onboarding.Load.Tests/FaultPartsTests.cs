using System.Net;
using Onboarding.Load.Faults;
using Onboarding.Load.Journeys;

namespace Onboarding.Load.Tests;

public sealed class FaultPartsTests
{
    [Theory]
    [InlineData(HttpStatusCode.OK, "<ul class=\"error-summary__list\"><li>ただいまサービスに接続できません。しばらくしてからもう一度お試しください。</li></ul>", true)]
    [InlineData(HttpStatusCode.OK, "<p>The service cannot be reached right now. Please try again later.</p>", true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "{\"code\":\"service_unavailable\"}", true)]
    [InlineData(HttpStatusCode.BadGateway, "", true)]
    [InlineData(HttpStatusCode.GatewayTimeout, "", true)]
    [InlineData(HttpStatusCode.OK, "<p>ただいまPokePayに接続できないため、残高とお取引を表示できません</p>", false)]
    [InlineData(HttpStatusCode.BadRequest, "<li>パスコードが正しくありません。</li>", false)]
    [InlineData(HttpStatusCode.TooManyRequests, "", false)]
    public void Retryable_answers_are_the_cannot_be_reached_message_and_502_503_504(HttpStatusCode status, string body, bool retryable) =>
        Assert.Equal(retryable, GatewayBrowser.IsRetryable(status, body));

    [Fact]
    public void A_resource_command_request_is_the_dashboards_protobuf_message_in_a_grpc_frame()
    {
        var message = ResourceServiceClient.CommandRequest("resource-start", "membership", "Project");
        var framed = ResourceServiceClient.Frame(message);

        byte[] expected = [0x0A, 14, .. "resource-start"u8, 0x12, 10, .. "membership"u8, 0x1A, 7, .. "Project"u8];
        Assert.Equal(expected, message);
        Assert.Equal([0, 0, 0, 0, (byte)message.Length], framed[..5]);
        Assert.Equal(message, framed[5..]);
    }

    [Fact]
    public void A_resource_command_response_gives_its_kind_and_message_and_skips_the_rest()
    {
        // kind = 2 (failed), message (3) = "not found", result (4) = a nested message to skip.
        byte[] response = [0x08, 2, 0x1A, 9, .. "not found"u8, 0x22, 2, 0x08, 1];

        var result = ResourceServiceClient.ReadCommandResponse(response);

        Assert.Equal(2, result.Kind);
        Assert.False(result.Succeeded);
        Assert.Equal("not found", result.Message);
        Assert.True(ResourceServiceClient.ReadCommandResponse([0x08, 1]).Succeeded);
    }
}
