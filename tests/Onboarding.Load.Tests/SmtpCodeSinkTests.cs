using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Onboarding.Load.Codes;

namespace Onboarding.Load.Tests;

public sealed class SmtpCodeSinkTests
{
    [Fact]
    public async Task A_mail_sent_over_smtp_hands_its_code_to_the_waiting_journey()
    {
        var mailbox = new CodeMailbox();
        var sink = new SmtpCodeSink(mailbox, FreePort());
        using var stop = new CancellationTokenSource();
        var running = sink.Start(stop.Token);
        var waiting = mailbox.NextAsync("m800000000001@load.onboarding.example", TimeSpan.FromSeconds(30));

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@onboarding.univcoop.example"));
        message.To.Add(MailboxAddress.Parse("m800000000001@load.onboarding.example"));
        message.Subject = "【大学生協】パスコードのお知らせ";
        message.Body = new TextPart("plain") { Text = "パスコード: 482913\n有効期限は10分です。" };
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", sink.Port, SecureSocketOptions.None);
            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
        }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
