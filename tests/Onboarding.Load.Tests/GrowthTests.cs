using Onboarding.Load.Metrics;

namespace Onboarding.Load.Tests;

public sealed class GrowthTests
{
    private static Dictionary<string, long> Rows(long lookups, long outbox) =>
        new() { ["membershipdb.lookups"] = lookups, ["membershipdb.outbox_messages"] = outbox };

    [Fact]
    public void A_reading_is_due_at_the_start_and_then_once_a_minute()
    {
        var growth = new GrowthSeries();
        Assert.True(growth.IsDue(TimeSpan.FromSeconds(2)));
        growth.Add(TimeSpan.FromSeconds(2), Rows(0, 0), new Dictionary<string, long>());

        Assert.False(growth.IsDue(TimeSpan.FromSeconds(60)));
        Assert.True(growth.IsDue(TimeSpan.FromSeconds(62)));
    }

    [Fact]
    public void The_soak_prints_a_column_every_five_minutes_and_the_last_reading_leaving_out_tables_never_written()
    {
        var growth = new GrowthSeries();
        for (var minute = 0; minute <= 12; minute++)
        {
            growth.Add(TimeSpan.FromMinutes(minute), Rows(lookups: 100 * minute, outbox: 0), new Dictionary<string, long> { ["membership"] = (200 + minute) * 1_000_000L });
        }

        var text = growth.Format();

        Assert.Matches(@"\s+0 min\s+5 min\s+10 min\s+12 min", text);
        Assert.Matches(@"membershipdb\.lookups\s+0\s+500\s+1000\s+1200\n", text);
        Assert.Matches(@"membership\s+200\s+205\s+210\s+212\n", text);
        Assert.DoesNotContain("outbox_messages", text);
    }

    [Fact]
    public void The_soak_sets_the_retention_so_it_needs_the_system_the_generator_starts()
    {
        Assert.True(LoadOptions.Parse(["--soak"]).Soak);
        Assert.False(LoadOptions.Parse([]).Soak);
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse(["--soak", "--gateway", "http://localhost:8080", "--membership", "http://localhost:5181",
            "--operator-key", "k", "--smtp-port", "2525", "--phone-port", "2580"]));
    }
}
