using System.ComponentModel.DataAnnotations;

namespace Onboarding.Messaging.Retention;

/// <summary>Configuration section <c>Retention</c>: how often the retention pass runs and how much each statement deletes.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Time between two passes; the first pass runs one interval after start-up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Rows one DELETE removes at most; a rule repeats until a statement removes fewer. Small enough that each
    /// statement holds its row locks for milliseconds, so live requests on the same table never wait long.
    /// </summary>
    [Range(1, 1_000_000)]
    public int BatchSize { get; set; } = 5_000;

    /// <summary>
    /// How long each table keeps a row past the point its rule measures from, by table name, overriding the
    /// rule's default (e.g. <c>Retention:Keep:deliveries = 90.00:00:00</c>).
    /// </summary>
    public Dictionary<string, TimeSpan> Keep { get; set; } = [];
}
