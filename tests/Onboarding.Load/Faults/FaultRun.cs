using System.Diagnostics;

namespace Onboarding.Load.Faults;

/// <summary>
/// Runs a fault beside the journeys: waits for the warm-up and <see cref="FaultOptions.At"/>, does the fault, holds it
/// for its duration (or waits for the system to recover from it), undoes it; and reads the outbox backlog every
/// second from the measured window's start until every outbox is empty again after the fault (or
/// <paramref name="drainLimit"/> after its end), so the timeline can tell the drain time.
/// </summary>
public sealed class FaultRun(FaultOptions options, IFault fault, Func<CancellationToken, Task<long?>> readBacklog, TimeSpan drainLimit)
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(1);

    public FaultTimeline Timeline { get; } = new();

    public async Task RunAsync(TimeSpan warmUp, Action<string> say, CancellationToken cancellationToken)
    {
        await Task.Delay(warmUp, cancellationToken);
        var window = Stopwatch.StartNew();
        var sampling = SampleAsync(window, cancellationToken);

        await Task.Delay(options.At, cancellationToken);
        Timeline.Begin(window.Elapsed);
        say($"fault {options.Name} begins");
        try
        {
            await fault.BeginAsync(Timeline, cancellationToken);
            if (options.IsHeld) await Task.Delay(options.Duration, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Reported, not thrown: the journeys' figures still stand, and the report says the fault did not happen as meant.
            Failed("begin", exception, say);
        }
        finally
        {
            // Undone even when the run is cancelled: a broker left stopped would outlive the run's report.
            try
            {
                await fault.EndAsync(Timeline, CancellationToken.None);
            }
            catch (Exception exception)
            {
                Failed("end", exception, say);
            }
            Timeline.End(window.Elapsed);
            say($"fault {options.Name} ended ({Timeline.Ended!.Value.TotalSeconds:0} s into the window)");
        }
        await sampling;
    }

    private void Failed(string what, Exception exception, Action<string> say)
    {
        var line = $"FAULT {what.ToUpperInvariant()} FAILED: {exception.GetType().Name}: {exception.Message.Split('\n', 2)[0]}";
        Timeline.Note(line);
        say(line);
    }

    private async Task SampleAsync(Stopwatch window, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            long? rows;
            try
            {
                rows = await readBacklog(cancellationToken);
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
            {
                rows = null; // PostgreSQL down (the postgres-restart fault) or busy: unknown, not empty.
            }
            Timeline.Record(new BacklogSample(window.Elapsed, rows));
            if (Timeline.Drained || (Timeline.Ended is { } ended && window.Elapsed - ended > drainLimit)) return;
            await Task.Delay(SampleEvery, cancellationToken);
        }
    }
}
