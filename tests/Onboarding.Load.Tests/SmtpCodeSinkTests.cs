using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Onboarding.Load.Codes;
using Onboarding.Load.Faults;

namespace Onboarding.Load.Tests;

public sealed class SmtpCodeSinkTests
{
    [Fact]
    public async Task A_mail_sent_over_smtp_hands_its_code_to_the_waiting_journey()
    {
        var mailbox = new CodeMailbox();
        var sink = new SmtpCodeSink(mailbox, FreePort.Next());
        using var stop = new CancellationTokenSource();
        var running = sink.Start(stop.Token);
        var waiting = mailbox.NextAsync("m800000000001@load.onboarding.example", TimeSpan.FromSeconds(30));

        await SendAsync(sink.Port, "m800000000001@load.onboarding.example", "パスコード: 482913\n有効期限は10分です。");

        var code = await waiting;
        Assert.Equal("482913", code.Code);
        Assert.Equal("m800000000001@load.onboarding.example", code.Recipient);

        await stop.CancelAsync();
        await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void A_mail_without_a_code_is_counted_and_handed_to_nobody()
    {
        var mailbox = new CodeMailbox();
        var sink = new SmtpCodeSink(mailbox, port: 0);
        using var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse("a@x.example"));
        message.Body = new TextPart("plain") { Text = "Your e-mail address was replaced." };

        sink.Accept(message);

        Assert.Equal(0, mailbox.Received);
        Assert.Equal(1, mailbox.WithoutCode);
    }

    [Fact]
    public async Task The_smtp_sink_refuses_connections_while_down_and_takes_mail_again_on_the_same_port()
    {
        var mailbox = new CodeMailbox();
        var sink = new SmtpCodeSink(mailbox, FreePort.Next());
        using var stop = new CancellationTokenSource();
        var running = sink.Start(stop.Token);
        var smtpDown = new SmtpDown(sink);
        var timeline = new FaultTimeline();

        await smtpDown.BeginAsync(timeline, CancellationToken.None);
        var refused = await Record.ExceptionAsync(() => SendAsync(sink.Port, "m1@load.onboarding.example", "パスコード: 111111"));
        Assert.Equal(SocketError.ConnectionRefused, (refused as SocketException ?? refused?.InnerException as SocketException)?.SocketErrorCode);

        await smtpDown.EndAsync(timeline, CancellationToken.None);
        await SendAsync(sink.Port, "m1@load.onboarding.example", "パスコード: 222222");

        Assert.Equal("222222", (await mailbox.NextAsync("m1@load.onboarding.example", TimeSpan.FromSeconds(10))).Code);
        Assert.Equal(1, mailbox.Received);
        await stop.CancelAsync();
        await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    private static async Task SendAsync(int port, string recipient, string text)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@onboarding.univcoop.example"));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = "【大学生協】パスコードのお知らせ";
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient { Timeout = 5_000 };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
