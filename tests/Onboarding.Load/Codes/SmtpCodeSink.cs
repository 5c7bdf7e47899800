using System.Buffers;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Onboarding.Load.Codes;

/// <summary>
/// The SMTP server notification and the wallet sandbox send to under load (the SmtpServer library, in this process):
/// every accepted mail is parsed with MimeKit and its code handed to the <see cref="CodeMailbox"/> for each
/// recipient. Mails without a code are accepted and counted there. Stop it by cancelling the token given to <see cref="Start"/>.
/// <see cref="StopListeningAsync"/> and <see cref="ListenAgain"/> take it off the port and put it back (the smtp-down
/// fault): while it is off, connections to the port are refused, as from a mail server that is down.
/// </summary>
public sealed class SmtpCodeSink
{
    private readonly CodeMailbox _mailbox;
    private readonly TimeProvider _clock;

    public SmtpCodeSink(CodeMailbox mailbox, int port, TimeProvider? clock = null)
    {
        _mailbox = mailbox;
        _clock = clock ?? TimeProvider.System;
        Port = port;
    }

    private CancellationToken _stopping;
    private CancellationTokenSource? _listening;
    private Task _running = Task.CompletedTask;

    public int Port { get; }

    /// <summary>Starts listening on 127.0.0.1:<see cref="Port"/>; the task completes when the server stops for good.</summary>
    public Task Start(CancellationToken stopping)
    {
        _stopping = stopping;
        ListenAgain();
        return RunUntilStoppedAsync(stopping);
    }

    /// <summary>Stops listening (the port refuses connections) until <see cref="ListenAgain"/>; sessions open now are cut.</summary>
    public async Task StopListeningAsync()
    {
        if (_listening is null) return;
        await _listening.CancelAsync();
        await AwaitStoppedAsync(_running);
        _listening.Dispose();
        _listening = null;
    }

    /// <summary>Listens on the same port again.</summary>
    public void ListenAgain()
    {
        if (_listening is not null) return;
        _listening = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
        _running = Listen(_listening.Token);
    }

    private async Task RunUntilStoppedAsync(CancellationToken stopping)
    {
        await Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        await AwaitStoppedAsync(_running);
    }

    private static async Task AwaitStoppedAsync(Task running)
    {
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task Listen(CancellationToken stopping)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("onboarding-load")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        return new SmtpServer.SmtpServer(options, services).StartAsync(stopping);
    }

    /// <summary>What a received mail is turned into: a code per recipient (public so that tests can feed it bytes).</summary>
    public void Accept(MimeMessage message)
    {
        var acceptedAt = _clock.GetUtcNow();
        var code = CodeText.Find(message.TextBody ?? message.HtmlBody);
        if (code is null)
        {
            _mailbox.NoteMessageWithoutCode();
            return;
        }
        foreach (var recipient in message.To.Mailboxes)
        {
            _mailbox.Deliver(new ReceivedCode(recipient.Address, code, acceptedAt));
        }
    }

    private sealed class Store(SmtpCodeSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream((int)buffer.Length);
            foreach (var segment in buffer) stream.Write(segment.Span);
            stream.Position = 0;
            sink.Accept(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
