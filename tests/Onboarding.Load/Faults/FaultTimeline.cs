namespace Onboarding.Load.Faults;

/// <summary>One reading of every outbox together: rows waiting, or null when PostgreSQL could not be asked.</summary>
public sealed record BacklogSample(TimeSpan At, long? Rows);

/// <summary>
/// When the fault began and ended and the outbox backlog around it, all as times into the measured window; and from
/// those, the drain time: from the fault's end to the first reading after it with every outbox empty.
/// </summary>
public sealed class FaultTimeline
{
    private readonly List<BacklogSample> _samples = [];
    private readonly Lock _lock = new();

    public TimeSpan? Began { get; private set; }

    public TimeSpan? Ended { get; private set; }

    /// <summary>What the fault did, in a line (the command run, the process killed, how it came back).</summary>
    public List<string> Notes { get; } = [];

    public IReadOnlyList<BacklogSample> Samples
    {
        get
        {
            lock (_lock) return [.. _samples];
        }
    }

    public void Begin(TimeSpan at) => Began = at;

    public void End(TimeSpan at) => Ended = at;

    public void Note(string line)
    {
        lock (_lock) Notes.Add(line);
    }

    public void Record(BacklogSample sample)
    {
        lock (_lock) _samples.Add(sample);
    }

    /// <summary>Whether the backlog has drained since the fault ended (so sampling can stop).</summary>
    public bool Drained => DrainTime is not null;

    /// <summary>From the fault's end to the first reading at or after it with every outbox empty; null: not (yet) seen.</summary>
    public TimeSpan? DrainTime
    {
        get
        {
            if (Ended is not { } ended) return null;
            lock (_lock)
            {
                var empty = _samples.FirstOrDefault(s => s.At >= ended && s.Rows == 0);
                return empty is null ? null : empty.At - ended;
            }
        }
    }

    /// <summary>The largest backlog read from the fault's start on.</summary>
    public long? PeakAfterBegin
    {
        get
        {
            if (Began is not { } began) return null;
            lock (_lock)
            {
                var rows = _samples.Where(s => s.At >= began && s.Rows is not null).Select(s => s.Rows!.Value).ToList();
                return rows.Count == 0 ? null : rows.Max();
            }
        }
    }

    /// <summary>The backlog every <paramref name="step"/> (the last reading of each step), from the fault's start on.</summary>
    public IReadOnlyList<BacklogSample> Series(TimeSpan step)
    {
        if (Began is not { } began) return [];
        lock (_lock)
        {
            return _samples.Where(s => s.At >= began)
                .GroupBy(s => (long)((s.At - began) / step))
                .Select(g => g.Last())
                .ToList();
        }
    }
}
