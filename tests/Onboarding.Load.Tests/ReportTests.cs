using Onboarding.Load.Metrics;

namespace Onboarding.Load.Tests;

public sealed class ReportTests
{
    [Fact]
    public void Percentiles_come_from_the_histogram_in_milliseconds()
    {
        var histograms = new LatencyHistograms();
        for (var ms = 1; ms <= 100; ms++) histograms.Record("GET gateway /step1", TimeSpan.FromMilliseconds(ms));

        var summary = Assert.Single(histograms.Summaries());

        Assert.Equal(100, summary.Count);
        Assert.Equal(50, summary.P50, precision: 0);
        Assert.Equal(95, summary.P95, precision: 0);
        Assert.Equal(99, summary.P99, precision: 0);
        Assert.Equal(100, summary.Max, precision: 0);
    }

    [Fact]
    public void Nothing_is_recorded_outside_the_measured_window()
    {
        var metrics = new LoadMetrics();
        metrics.JourneyCompleted(TimeSpan.FromSeconds(1));
        metrics.RecordRequest("GET gateway /", TimeSpan.FromMilliseconds(5));
        metrics.JourneyFailed("STEP 1 POST /step1 → 500");

        metrics.StartMeasuring();
        metrics.JourneyCompleted(TimeSpan.FromSeconds(1));
        metrics.StopMeasuring();
        metrics.JourneyCompleted(TimeSpan.FromSeconds(1));

        Assert.Equal(1, metrics.Completed);
        Assert.Equal(0, metrics.Failed);
        Assert.Empty(metrics.Requests.Summaries());
    }

    [Fact]
    public void The_report_prints_rates_latencies_errors_processes_and_the_database()
    {
        var metrics = new LoadMetrics();
        metrics.StartMeasuring();
        metrics.RecordStep("STEP 1", TimeSpan.FromMilliseconds(400));
        metrics.RecordRequest("POST gateway /step1", TimeSpan.FromMilliseconds(120));
        metrics.RecordCodeDelivery("STEP 1 passcode mail", TimeSpan.FromMilliseconds(80));
        metrics.JourneyFailed("STEP 2 POST /step2/signup → 503 code=service_unavailable");
        metrics.JourneyFailed("STEP 2 POST /step2/signup → 503 code=service_unavailable");
        metrics.StopMeasuring();
        var report = new LoadReport("open, 2 journeys started/s", TimeSpan.FromSeconds(10), metrics, MostInFlight: 7,
            CodesReceived: 12, DuplicateCodes: 0, MessagesWithoutCode: 1,
            [new ProcessFigures("membership", 0.42, 150_000_000, 160_000_000)],
            PeakConnections: 37, new Dictionary<string, int> { ["membershipdb"] = 12 }, new Dictionary<string, long> { ["membershipdb"] = 3 });

        var text = report.Format();

        Assert.Contains("completed journeys/s", text);
        Assert.Matches(@"STEP 1\s+1\s+400\.\d\s+400\.\d\s+400\.\d", text);
        Assert.Matches(@"POST gateway /step1\s+1\s+120\.\d", text);
        Assert.Contains("STEP 1 passcode mail", text);
        Assert.Contains("     2  STEP 2 POST /step2/signup → 503 code=service_unavailable", text);
        Assert.Matches(@"membership\s+0\.42 cores\s+150 /\s+160 MB", text);
        Assert.Contains("most at once: 37   (membershipdb 12)", text);
        Assert.Contains("Largest outbox backlog (rows): membershipdb 3", text);
    }

    [Fact]
    public void Proc_stat_is_read_past_a_command_name_with_spaces()
    {
        const string stat = "4242 (Onboarding Mem) S 4200 4242 4200 0 -1 4194560 100 0 0 0 150 50 7 3 20 0 30 0 12345 2000000000 25600 18446744073709551615";

        var sample = ProcessSampler.Parse(4242, stat, "dotnet Onboarding.Membership.dll");

        Assert.Equal(4200, sample.ParentPid);
        Assert.Equal(150 + 50 + 7 + 3, sample.CpuTicks);
        Assert.Equal(25600L * Environment.SystemPageSize, sample.RssBytes);
    }

    [Theory]
    [InlineData("/usr/bin/dotnet /w/services/membership/Onboarding.Membership/bin/Release/net10.0/Onboarding.Membership.dll", "membership")]
    [InlineData("/w/gateway/Onboarding.Gateway/bin/Release/net10.0/Onboarding.Gateway", "gateway")]
    [InlineData("dotnet Onboarding.Notification.dll migrate", null)]
    [InlineData("/usr/lib/postgresql/16/bin/postgres -D /tmp/x -p 55429", "postgresql")]
    [InlineData("postgres: postgres membershipdb 127.0.0.1(5432) idle", "postgresql")]
    [InlineData("/usr/lib/erlang/erts-14/bin/beam.smp -W w -- -root /usr/lib/erlang", "rabbitmq")]
    [InlineData("/usr/bin/bash", null)]
    [InlineData("dotnet run --project /w/services/membership/Onboarding.Membership/Onboarding.Membership.csproj --no-build", "dotnet run launchers")]
    public void Processes_are_grouped_by_command_line(string commandLine, string? group) => Assert.Equal(group, ProcessSampler.GroupOf(commandLine));

    [Fact]
    public void The_system_is_what_runs_under_the_apphost_and_under_the_orchestrator_watching_it()
    {
        ProcSample[] all =
        [
            new(100, 1, "dotnet Onboarding.AppHost.dll", 0, 0),
            new(200, 1, "/x/dcp start-apiserver --monitor 100 --kubeconfig /tmp/k", 0, 0),
            new(201, 1, "/x/dcp start-apiserver --monitor 1000 --kubeconfig /tmp/k", 0, 0),
        ];

        Assert.Equal([100, 200], ProcessSampler.RootsOf(all, 100).Order());
    }

    [Theory]
    [InlineData("OTEL_SERVICE_NAME=membership|OTEL_RESOURCE_ATTRIBUTES=service.instance.id=tfwpguhv", "membership-tfwpguhv")]
    [InlineData("OTEL_RESOURCE_ATTRIBUTES=deployment.environment=dev,service.instance.id=ab12cd34|OTEL_SERVICE_NAME=wallet-link", "wallet-link-ab12cd34")]
    [InlineData("OTEL_SERVICE_NAME=membership", null)]
    [InlineData("PATH=/usr/bin|OTEL_RESOURCE_ATTRIBUTES=service.instance.id=x", null)]
    public void A_replica_is_named_as_aspire_names_it_from_its_environment(string environment, string? name) =>
        Assert.Equal(name, ProcessSampler.InstanceFrom(environment.Split('|')));
}
