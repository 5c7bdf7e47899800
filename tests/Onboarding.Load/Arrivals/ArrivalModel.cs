namespace Onboarding.Load.Arrivals;

/// <summary>
/// How journeys arrive. <b>Open</b>: journeys start at a fixed rate whatever happens to the ones already running —
/// how members arrive from a mailed notice; a slow system piles up journeys in flight. <b>Closed</b>: a fixed number of
/// members in flight, each starting its next journey when the last one ends — the system's pace sets the rate.
/// </summary>
public abstract record ArrivalModel
{
    public sealed record Open(double JourneysPerSecond) : ArrivalModel
    {
        /// <summary>When the <paramref name="index"/>-th journey (from 0) starts, after the run began.</summary>
        public TimeSpan StartOf(long index) => TimeSpan.FromSeconds(index / JourneysPerSecond);

        /// <summary>How many journeys have started by <paramref name="elapsed"/> (the one at 0 included).</summary>
        public long StartedBy(TimeSpan elapsed) => elapsed < TimeSpan.Zero ? 0 : (long)Math.Floor(elapsed.TotalSeconds * JourneysPerSecond) + 1;

        public override string ToString() => $"open, {JourneysPerSecond:0.##} journeys started/s";
    }

    public sealed record Closed(int MembersInFlight) : ArrivalModel
    {
        public override string ToString() => $"closed, {MembersInFlight} members in flight";
    }
}
