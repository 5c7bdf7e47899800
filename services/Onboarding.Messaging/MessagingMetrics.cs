using System.Diagnostics.Metrics;

namespace Onboarding.Messaging;

/// <summary>
/// What operators watch on the dashboard: messages relayed, relay failures (the broker is down), the backlog the
/// relay last saw, redeliveries the inbox absorbed, messages sent to wait on the broker after failing (delayed
/// redelivery), and parked messages an operator moved back.
/// </summary>
public static class MessagingMetrics
{
    public const string MeterName = "Onboarding.Messaging";

    private static readonly Meter Meter = new(MeterName);
    private static long _lastBacklog;

    public static readonly Counter<long> Relayed =
        Meter.CreateCounter<long>("onboarding.outbox.relayed", "{message}", "Outbox messages confirmed by the broker");

    public static readonly Counter<long> RelayFailures =
        Meter.CreateCounter<long>("onboarding.outbox.failures", "{attempt}", "Outbox deliveries that failed and will be retried");

    public static readonly Counter<long> InboxDuplicates =
        Meter.CreateCounter<long>("onboarding.inbox.duplicates", "{message}", "Redelivered messages acknowledged without a second effect");

    public static readonly Counter<long> Redelivered =
        Meter.CreateCounter<long>("onboarding.consumer.redelivery_scheduled", "{message}", "Failed messages sent to wait on the broker before another try");

    public static readonly Counter<long> Redriven =
        Meter.CreateCounter<long>("onboarding.consumer.redriven", "{message}", "Parked messages an operator moved back to their queues");

    static MessagingMetrics() =>
        Meter.CreateObservableGauge("onboarding.outbox.backlog", () => Interlocked.Read(ref _lastBacklog), "{message}",
            "Due outbox messages the relay found in its last batch");

    public static void RecordBacklog(int due) => Interlocked.Exchange(ref _lastBacklog, due);
}
