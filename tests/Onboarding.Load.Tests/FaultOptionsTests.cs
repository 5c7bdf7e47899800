using Onboarding.Load.Faults;

namespace Onboarding.Load.Tests;

public sealed class FaultOptionsTests
{
    [Theory]
    [InlineData("rabbitmq-stop", FaultKind.RabbitMqStop, 60)]
    [InlineData("smtp-down", FaultKind.SmtpDown, 120)]
    [InlineData("provider-flaky", FaultKind.ProviderFlaky, 60)]
    [InlineData("postgres-restart", FaultKind.PostgresRestart, 0)]
    public void Each_scenario_has_its_default_duration_and_starts_20_s_into_the_window(string name, FaultKind kind, int seconds)
    {
        var options = LoadOptions.Parse(["--duration", "300", "--fault", name]);

        Assert.Equal(kind, options.Fault!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Fault.At);
        Assert.Equal(TimeSpan.FromSeconds(seconds), options.Fault.Duration);
        Assert.Equal(name, options.Fault.Name);
    }

    [Fact]
    public void The_time_and_duration_may_come_before_or_after_the_fault()
    {
        var options = LoadOptions.Parse(["--fault-at", "30", "--duration", "300", "--fault", "smtp-down", "--fault-for", "90"]);

        Assert.Equal(TimeSpan.FromSeconds(30), options.Fault!.At);
        Assert.Equal(TimeSpan.FromSeconds(90), options.Fault.Duration);
    }

    [Fact]
    public void A_restart_or_kill_has_no_duration_to_hold()
    {
        var options = LoadOptions.Parse(["--fault", "kill-service:membership", "--fault-for", "90"]);

        Assert.Equal(FaultKind.KillService, options.Fault!.Kind);
        Assert.Equal("membership", options.Fault.Service);
        Assert.Equal(TimeSpan.Zero, options.Fault.Duration);
        Assert.False(options.Fault.IsHeld);
    }

    [Theory]
    [InlineData("--fault", "disk-full")]
    [InlineData("--fault", "kill-service")]
    [InlineData("--fault", "kill-service:postgres")]
    [InlineData("--fault-at", "10")]
    public void Unknown_or_incomplete_faults_are_refused(string option, string value) =>
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse([option, value]));

    [Fact]
    public void The_fault_must_start_inside_the_measured_window() =>
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse(["--duration", "30", "--fault", "smtp-down", "--fault-at", "30"]));

    [Fact]
    public void Only_the_smtp_sink_can_fail_in_a_system_the_generator_did_not_start()
    {
        string[] given = ["--gateway", "http://localhost:1", "--membership", "http://localhost:2", "--operator-key", "k", "--smtp-port", "3", "--phone-port", "4"];

        Assert.Equal(FaultKind.SmtpDown, LoadOptions.Parse([.. given, "--fault", "smtp-down"]).Fault!.Kind);
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse([.. given, "--fault", "rabbitmq-stop"]));
    }

    [Fact]
    public void A_fault_run_presses_again_and_waits_for_codes_past_the_outage()
    {
        var plain = LoadOptions.Parse([]);
        var faulted = LoadOptions.Parse(["--duration", "300", "--fault", "smtp-down"]);
        var given = LoadOptions.Parse(["--duration", "300", "--fault", "smtp-down", "--code-timeout", "30"]);

        Assert.Equal(0, plain.Presses.Tries);
        Assert.Equal(TimeSpan.FromSeconds(60), plain.EffectiveCodeTimeout);
        Assert.True(faulted.Presses.Tries * faulted.Presses.Pause > faulted.Fault!.Duration);
        Assert.Equal(TimeSpan.FromSeconds(120 + 120), faulted.EffectiveCodeTimeout);
        Assert.True(faulted.Drain > faulted.EffectiveCodeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), given.EffectiveCodeTimeout);
    }

    [Fact]
    public void Replicas_are_whole_numbers_the_apphost_accepts_and_reach_its_command_line()
    {
        var two = LoadOptions.Parse(["--replicas", "2", "--fault", "kill-service:membership"]);

        Assert.Equal(2, two.Replicas);
        Assert.Equal(1, LoadOptions.Parse([]).Replicas);
        Assert.All(new[] { "0", "9", "1.5" }, value => Assert.Throws<ArgumentException>(() => LoadOptions.Parse(["--replicas", value])));
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse(
            ["--gateway", "http://localhost:1", "--membership", "http://localhost:2", "--operator-key", "k", "--smtp-port", "3", "--phone-port", "4", "--replicas", "2"]));

        var settings = new Onboarding.Load.SystemUnderLoad.LoadProfileSettings(1, 2, 3, 4, "key", "/tmp/d", 5, 6, Replicas: two.Replicas);
        Assert.Contains("--Onboarding:Replicas=2", settings.Arguments());
        Assert.DoesNotContain((settings with { Replicas = 1 }).Arguments(), argument => argument.StartsWith("--Onboarding:Replicas", StringComparison.Ordinal));
    }
}
