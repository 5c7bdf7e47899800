using Onboarding.Load.Faults;
using Onboarding.Load.Metrics;
using Onboarding.Load.Journeys;

namespace Onboarding.Load.Tests;

public sealed class FaultTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Drain_time_runs_from_the_faults_end_to_the_first_empty_reading_after_it()
    {
        var timeline = new FaultTimeline();
        timeline.Record(new(S(10), 0));
        timeline.Begin(S(20));
        timeline.Record(new(S(21), 5));
        timeline.Record(new(S(40), 80));
        timeline.End(S(80));
        timeline.Record(new(S(79), 0)); // empty before the end: does not count
        timeline.Record(new(S(81), 120));
        timeline.Record(new(S(90), null)); // unreadable: not empty
        timeline.Record(new(S(95), 12));
        timeline.Record(new(S(103), 0));
        timeline.Record(new(S(104), 0));

        Assert.Equal(S(23), timeline.DrainTime);
        Assert.True(timeline.Drained);
        Assert.Equal(120, timeline.PeakAfterBegin);
    }

    [Fact]
    public void No_drain_time_before_the_fault_ends_or_while_rows_wait()
    {
        var timeline = new FaultTimeline();
        timeline.Begin(S(20));
        timeline.Record(new(S(30), 0));
        Assert.Null(timeline.DrainTime);

        timeline.End(S(40));
        timeline.Record(new(S(41), 3));
        Assert.Null(timeline.DrainTime);
    }

    [Fact]
    public void The_series_keeps_the_last_reading_of_each_step_from_the_fault_on()
    {
        var timeline = new FaultTimeline();
        timeline.Record(new(S(5), 1));
        timeline.Begin(S(10));
        timeline.Record(new(S(11), 2));
        timeline.Record(new(S(19), 3));
        timeline.Record(new(S(21), 4));

        var series = timeline.Series(S(10));

        Assert.Equal([3L, 4L], series.Select(s => s.Rows!.Value));
    }

    [Fact]
    public async Task A_held_fault_is_begun_at_its_time_held_and_undone_and_the_backlog_read_until_drained()
    {
        var fault = new RecordingFault();
        var backlog = new Queue<long?>([0, 3, 0]);
        var options = new FaultOptions(FaultKind.SmtpDown, S(0.2), S(0.3));
        var run = new FaultRun(options, fault, _ => Task.FromResult(backlog.Count > 1 ? backlog.Dequeue() : backlog.Peek()), drainLimit: S(30));

        await run.RunAsync(warmUp: S(0.1), _ => { }, CancellationToken.None);

        Assert.Equal(["begin", "end"], fault.Calls);
        // Lower bounds only: a busy machine may make the delays longer, never shorter. Less the timer's granularity:
        // Task.Delay runs on a millisecond tick, so by the Stopwatch a delay can end a little early.
        var tick = TimeSpan.FromMilliseconds(20);
        Assert.True(run.Timeline.Began >= S(0.2) - tick, $"began at {run.Timeline.Began}");
        Assert.True(run.Timeline.Ended - run.Timeline.Began >= S(0.3) - tick, $"held {run.Timeline.Ended - run.Timeline.Began}");
        Assert.NotNull(run.Timeline.DrainTime);
        Assert.Equal(0, run.Timeline.Samples[^1].Rows);
    }

    [Fact]
    public async Task A_fault_that_cannot_be_done_is_reported_undone_anyway_and_the_run_goes_on()
    {
        var fault = new RecordingFault { FailBegin = true };
        var run = new FaultRun(new FaultOptions(FaultKind.RabbitMqStop, S(0), S(10)), fault, _ => Task.FromResult<long?>(0), drainLimit: S(30));

        await run.RunAsync(warmUp: S(0), _ => { }, CancellationToken.None);

        Assert.Equal(["begin", "end"], fault.Calls);
        Assert.Contains(run.Timeline.Notes, note => note.StartsWith("FAULT BEGIN FAILED: InvalidOperationException: rabbitmqctl failed", StringComparison.Ordinal));
        Assert.NotNull(run.Timeline.Ended);
    }

    [Fact]
    public void The_report_section_counts_every_journey_the_sinks_and_the_drain()
    {
        var outcomes = new JourneyOutcomes();
        for (var i = 0; i < 10; i++) outcomes.JourneyStarted();
        for (var i = 0; i < 6; i++) outcomes.JourneyCompleted(pressedAgain: false);
        outcomes.JourneyCompleted(pressedAgain: true);
        outcomes.JourneyCompleted(pressedAgain: true);
        outcomes.JourneyFailed(FailureKind.Retryable, "STEP 1 POST /step1 → 200 code=\"ただいまサービスに接続できません。\"");
        outcomes.JourneyFailed(FailureKind.CodeNeverArrived, "STEP 2 STEP 2 SMS → no answer");
        var timeline = new FaultTimeline();
        timeline.Begin(S(20));
        timeline.Note("rabbitmqctl -n onboarding-56829@localhost stop_app");
        timeline.Record(new(S(50), 40));
        timeline.End(S(80));
        timeline.Record(new(S(92), 0));

        var text = new FaultReport(FaultOptions.Named("rabbitmq-stop"), timeline, outcomes, CodesReceived: 37, DuplicateCodes: 0).Format();

        Assert.Contains("Fault: rabbitmq-stop", text);
        Assert.Contains("20.0 s → 80.0 s", text);
        Assert.Contains("rabbitmqctl -n onboarding-56829@localhost stop_app", text);
        Assert.Matches(@"journeys started\s+10\n", text);
        Assert.Matches(@"completed\s+6\n", text);
        Assert.Contains("failed, then completed after pressing again   2", text);
        Assert.Matches(@"failed for good\s+1\n", text);
        Assert.Contains("lost (code never arrived)   1", text);
        Assert.DoesNotContain("unfinished", text);
        Assert.Contains("     1  STEP 2 STEP 2 SMS → no answer", text);
        Assert.Contains("37 received, 0 duplicated", text);
        Assert.Contains("outbox drain time      12 s after the fault ended", text);
        Assert.Contains("largest backlog from the fault on: 40 rows", text);
    }

    private sealed class RecordingFault : IFault
    {
        public List<string> Calls { get; } = [];

        public bool FailBegin { get; init; }

        public Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken)
        {
            Calls.Add("begin");
            return FailBegin ? throw new InvalidOperationException("rabbitmqctl failed (69)") : Task.CompletedTask;
        }

        public Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken)
        {
            Calls.Add("end");
            return Task.CompletedTask;
        }
    }
}
