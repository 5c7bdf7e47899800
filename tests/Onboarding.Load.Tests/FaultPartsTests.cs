using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Onboarding.Load.Codes;
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
    public async Task The_smtp_sink_refuses_connections_while_down_and_takes_mail_again_on_the_same_port()
    {
        var mailbox = new CodeMailbox();
        var sink = new SmtpCodeSink(mailbox, FreePort());
        using var stop = new CancellationTokenSource();
        var running = sink.Start(stop.Token);
        var smtpDown = new SmtpDown(sink);
        var timeline = new FaultTimeline();

        await smtpDown.BeginAsync(timeline, CancellationToken.None);
        var refused = await Record.ExceptionAsync(() => SendAsync(sink.Port, "111111"));
        Assert.Equal(SocketError.ConnectionRefused, (refused as SocketException ?? refused?.InnerException as SocketException)?.SocketErrorCode);

        await smtpDown.EndAsync(timeline, CancellationToken.None);
        await SendAsync(sink.Port, "222222");

        Assert.Equal("222222", (await mailbox.NextAsync("m1@load.onboarding.example", TimeSpan.FromSeconds(10))).Code);
        Assert.Equal(1, mailbox.Received);
        await stop.CancelAsync();
        await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(5)));
    }

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

    private static async Task SendAsync(int port, string code)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@onboarding.univcoop.example"));
        message.To.Add(MailboxAddress.Parse("m1@load.onboarding.example"));
        message.Body = new TextPart("plain") { Text = $"パスコード: {code}" };
        using var client = new SmtpClient { Timeout = 5_000 };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
