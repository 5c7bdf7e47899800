using System.Collections.Concurrent;

namespace Onboarding.Load.Arrivals;

/// <summary>
/// Starts journeys by an <see cref="ArrivalModel"/> until <paramref name="runFor"/> has passed (or no journey is left
/// to start), then waits up to <paramref name="drain"/> for those still in flight. <paramref name="journey"/> returns
/// false when there is no member left to start a journey with.
/// </summary>
public sealed class ArrivalRunner(ArrivalModel model, TimeSpan runFor, TimeSpan drain, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private int _inFlight;
    private int _mostInFlight;

    /// <summary>The largest number of journeys that were running at once.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    public Task RunAsync(Func<CancellationToken, Task<bool>> journey, CancellationToken cancellationToken) => model switch
    {
        ArrivalModel.Open open => RunOpenAsync(open, journey, cancellationToken),
        ArrivalModel.Closed closed => RunClosedAsync(closed, journey, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    private async Task RunOpenAsync(ArrivalModel.Open open, Func<CancellationToken, Task<bool>> journey, CancellationToken cancellationToken)
    {
        var running = new ConcurrentDictionary<Task, byte>();
        var started = _clock.GetTimestamp();
        for (long index = 0; !cancellationToken.IsCancellationRequested; index++)
        {
            var due = open.StartOf(index);
            if (due >= runFor) break;
            var wait = due - _clock.GetElapsedTime(started);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);

            var task = TrackAsync(journey, cancellationToken);
            running[task] = 0;
            _ = task.ContinueWith(done => running.TryRemove(done, out _), TaskScheduler.Default);
        }
        await DrainAsync(running.Keys, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunClosedAsync(ArrivalModel.Closed closed, Func<CancellationToken, Task<bool>> journey, CancellationToken cancellationToken)
    {
        var started = _clock.GetTimestamp();
        async Task MemberAsync()
        {
            while (!cancellationToken.IsCancellationRequested && _clock.GetElapsedTime(started) < runFor)
            {
                if (!await TrackAsync(journey, cancellationToken).ConfigureAwait(false)) return;
            }
        }
        var members = Enumerable.Range(0, closed.MembersInFlight).Select(_ => Task.Run(MemberAsync, cancellationToken)).ToList();
        await DrainAsync(members, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> TrackAsync(Func<CancellationToken, Task<bool>> journey, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var most = Volatile.Read(ref _mostInFlight); now > most; most = Volatile.Read(ref _mostInFlight))
        {
            if (Interlocked.CompareExchange(ref _mostInFlight, now, most) == most) break;
        }
        try
        {
            return await journey(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task DrainAsync(IEnumerable<Task> running, CancellationToken cancellationToken)
    {
        var all = Task.WhenAll(running);
        await Task.WhenAny(all, Task.Delay(drain, _clock, cancellationToken)).ConfigureAwait(false);
    }
}
