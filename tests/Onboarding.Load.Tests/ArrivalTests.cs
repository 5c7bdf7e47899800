using Onboarding.Load.Arrivals;

namespace Onboarding.Load.Tests;

public sealed class ArrivalTests
{
    [Fact]
    public void The_open_model_starts_journeys_evenly_at_the_rate()
    {
        var open = new ArrivalModel.Open(JourneysPerSecond: 4);

        Assert.Equal(TimeSpan.Zero, open.StartOf(0));
        Assert.Equal(TimeSpan.FromMilliseconds(250), open.StartOf(1));
        Assert.Equal(TimeSpan.FromSeconds(10), open.StartOf(40));
        Assert.Equal(1, open.StartedBy(TimeSpan.FromMilliseconds(100)));
        Assert.Equal(40, open.StartedBy(TimeSpan.FromSeconds(9.9)));
    }

    [Fact]
    public async Task The_open_model_starts_every_journey_due_in_the_run_without_waiting_for_the_running_ones()
    {
        var release = new TaskCompletionSource();
        var started = 0;
        var runner = new ArrivalRunner(new ArrivalModel.Open(50), runFor: TimeSpan.FromMilliseconds(200), drain: TimeSpan.FromSeconds(5));

        var run = runner.RunAsync(async _ =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
            return true;
        }, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        release.SetResult();
        await run;

        // 0, 20, 40, ... 180 ms: ten journeys, all in flight at once since none finished.
        Assert.Equal(10, started);
        Assert.Equal(10, runner.MostInFlight);
    }

    [Fact]
    public async Task The_closed_model_keeps_exactly_the_given_number_of_members_in_flight()
    {
        var inFlight = 0;
        var most = 0;
        var done = 0;
        var runner = new ArrivalRunner(new ArrivalModel.Closed(3), runFor: TimeSpan.FromMilliseconds(300), drain: TimeSpan.FromSeconds(5));

        await runner.RunAsync(async _ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (runner) most = Math.Max(most, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref inFlight);
            Interlocked.Increment(ref done);
            return true;
        }, CancellationToken.None);

        Assert.Equal(3, most);
        Assert.Equal(3, runner.MostInFlight);
        Assert.True(done > 6, $"Only {done} journeys ran in 300 ms with 3 members looping on 20 ms journeys.");
    }

    [Fact]
    public async Task A_closed_run_ends_when_the_roster_runs_out()
    {
        var left = 5;
        var runner = new ArrivalRunner(new ArrivalModel.Closed(2), runFor: TimeSpan.FromMinutes(5), drain: TimeSpan.FromSeconds(5));

        var run = runner.RunAsync(_ => Task.FromResult(Interlocked.Decrement(ref left) >= 0), CancellationToken.None);

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10))));
    }
}
