using System.Collections.Concurrent;

namespace Onboarding.WalletSandbox.Application;

/// <summary>
/// The sandbox cannot send SMS: a code for a phone number is kept here instead and shown by
/// <c>GET /sandbox/messages?to=</c> (operator key required). In memory only, the last 20 per number.
/// </summary>
public sealed class PhoneMessageSink(TimeProvider clock)
{
    private const int KeptPerNumber = 20;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SandboxTextMessage>> _messages = new();

    public void Send(string phoneNumber, string text)
    {
        var queue = _messages.GetOrAdd(phoneNumber, _ => new ConcurrentQueue<SandboxTextMessage>());
        queue.Enqueue(new SandboxTextMessage(phoneNumber, text, clock.GetUtcNow()));
        while (queue.Count > KeptPerNumber && queue.TryDequeue(out _)) { }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<SandboxTextMessage> To(string phoneNumber) =>
        _messages.TryGetValue(phoneNumber, out var queue) ? queue.Reverse().ToList() : [];
}

public sealed record SandboxTextMessage(string To, string Text, DateTimeOffset SentAt);
