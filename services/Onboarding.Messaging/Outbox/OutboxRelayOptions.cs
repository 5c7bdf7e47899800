namespace Onboarding.Messaging.Outbox;

public sealed class OutboxRelayOptions
{
    /// <summary>How often the relay looks for due messages when no commit woke it (other replicas, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages taken in one transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker before the attempt counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait after a failed attempt; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
