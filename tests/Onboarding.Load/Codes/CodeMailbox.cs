using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Onboarding.Load.Codes;

/// <summary>A code as a sink received it: to whom (an e-mail address or an E.164 number), the code, and when it was accepted.</summary>
public sealed record ReceivedCode(string Recipient, string Code, DateTimeOffset AcceptedAt);

/// <summary>
/// Hands each code the sinks receive to the journey waiting for it, keyed by recipient — no polling: a journey awaits
/// its recipient's queue, and the sink's write completes that wait. A code that arrives before anyone waits is kept
/// until asked for. Also counts what arrived per recipient and code, so a mail sent twice shows up as a duplicate.
/// </summary>
public sealed class CodeMailbox
{
    private readonly ConcurrentDictionary<string, Channel<ReceivedCode>> _queues = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Recipient, string Code), int> _seen = new();
    private long _received;
    private long _duplicates;

    private long _withoutCode;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>Mails and phone messages the sinks accepted that carried no code they could find.</summary>
    public long WithoutCode => Interlocked.Read(ref _withoutCode);

    public void NoteMessageWithoutCode() => Interlocked.Increment(ref _withoutCode);

    /// <summary>Deliveries of a (recipient, code) pair seen before: the same mail or message sent twice.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    public void Deliver(ReceivedCode code)
    {
        Interlocked.Increment(ref _received);
        if (_seen.AddOrUpdate((code.Recipient.ToLowerInvariant(), code.Code), 1, (_, count) => count + 1) > 1)
        {
            Interlocked.Increment(ref _duplicates);
        }
        QueueOf(code.Recipient).Writer.TryWrite(code);
    }

    /// <summary>The next code for <paramref name="recipient"/>; a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedCode> NextAsync(string recipient, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await QueueOf(recipient).Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No code for the recipient within {timeout.TotalSeconds:F0} s.");
        }
    }

    /// <summary>Drops a finished journey's queue (and any code it never read).</summary>
    public void Forget(string recipient) => _queues.TryRemove(recipient, out _);

    private Channel<ReceivedCode> QueueOf(string recipient) =>
        _queues.GetOrAdd(recipient, _ => Channel.CreateUnbounded<ReceivedCode>(new UnboundedChannelOptions { SingleReader = true }));
}
