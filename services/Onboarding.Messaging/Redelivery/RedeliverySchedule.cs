using Microsoft.Extensions.Configuration;

namespace Onboarding.Messaging.Redelivery;

/// <summary>
/// How long a message that failed all its immediate retries waits on the broker before it is tried again, once per
/// stage; after the last stage it is parked in the endpoint's <c>_error</c> queue for an operator to re-drive.
/// The default (1 min, 5 min, 15 min, 1 h, 4 h: about 5 h 20 min in all) outlasts a database or SMTP outage or a
/// redeployment without holding a truly poisoned message for a day. Configured as <c>Messaging:Redelivery:Delays</c>.
/// </summary>
public sealed class RedeliverySchedule
{
    public const string Section = "Messaging:Redelivery";

    public static readonly IReadOnlyList<TimeSpan> DefaultDelays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4),
    ];

    public RedeliverySchedule(IReadOnlyList<TimeSpan> delays)
    {
        if (delays.Any(delay => delay < TimeSpan.FromSeconds(1)))
        {
            throw new ArgumentException("Redelivery delays must be at least one second.", nameof(delays));
        }
        Delays = delays;
    }

    public IReadOnlyList<TimeSpan> Delays { get; }

    /// <summary>The schedule in <c>Messaging:Redelivery:Delays</c> (a list of time spans), or the default.</summary>
    public static RedeliverySchedule FromConfiguration(IConfiguration configuration)
    {
        // Bound to an empty list: binding onto a pre-filled list would append rather than replace.
        var configured = configuration.GetSection(Section).GetSection("Delays").Get<List<TimeSpan>>() ?? [];
        return new RedeliverySchedule(configured.Count > 0 ? configured : DefaultDelays);
    }

    /// <summary>
    /// The queue that holds a message for <paramref name="delay"/> before the broker dead-letters it back to
    /// <paramref name="queue"/>, e.g. <c>notification-commands_delay_15m</c>. Named after its delay, because a queue's
    /// time-to-live cannot change once declared: a new schedule gets new queues.
    /// </summary>
    public static string DelayQueue(string queue, TimeSpan delay) =>
        delay.TotalSeconds % 60 == 0 ? $"{queue}_delay_{(long)delay.TotalMinutes}m" : $"{queue}_delay_{(long)delay.TotalSeconds}s";
}
