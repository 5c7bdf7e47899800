using Onboarding.Load.Ceilings;

namespace Onboarding.Load.Tests;

public sealed class CeilingTests
{
    [Fact]
    public void The_pgbench_script_is_the_lookup_transaction_in_the_services_order()
    {
        var statements = LookupTransactionScript.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        string[] expected =
        [
            @"\set number :prefix * 100000000 + random(0, :members - 1)",
            "BEGIN;",
            "INSERT INTO lookup_client_budgets ",
            "INSERT INTO lookup_attempt_budgets ",
            "SELECT * FROM members ",
            "UPDATE lookup_attempt_budgets ",
            "INSERT INTO lookups ",
            "UPDATE members ",
            "END;",
        ];
        Assert.Equal(expected.Length, statements.Length);
        Assert.All(expected.Zip(statements), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        // Each budget is created if new and locked in one statement, as the service does.
        Assert.Contains("ON CONFLICT (client_key) DO UPDATE", statements[2]);
        Assert.Contains("ON CONFLICT (member_number) DO UPDATE", statements[3]);
        Assert.EndsWith(@"\gset member_", statements[4]);
        Assert.Contains(":member_id", statements[6]);
        Assert.Contains("first_identified_at IS NULL", statements[7]);
    }

    [Fact]
    public void With_an_address_per_client_each_pgbench_client_locks_its_own_client_row()
    {
        var shared = LookupTransactionScript.Script(addressPerClient: false);
        var perClient = LookupTransactionScript.Script(addressPerClient: true);

        Assert.Contains("VALUES ('127.0.0.1', 0, now(), now())", shared);
        Assert.Contains("VALUES ('10.0.0.' || :client_id, 0, now(), now())", perClient);
        Assert.Equal(shared.Replace("'127.0.0.1'", "'10.0.0.' || :client_id", StringComparison.Ordinal), perClient);
    }

    [Fact]
    public void Pgbench_runs_prepared_with_the_roster_range_and_the_clients()
    {
        var arguments = LookupTransactionScript.Arguments("/tmp/s.pgbench", "127.0.0.1", 55429, "postgres", "membershipdb",
            clients: 16, TimeSpan.FromSeconds(14.5), prefix: 8123, members: 274);

        Assert.Equal("-M prepared", string.Join(' ', arguments.SkipWhile(a => a != "-M").Take(2)));
        Assert.Equal("-c 16", string.Join(' ', arguments.SkipWhile(a => a != "-c").Take(2)));
        Assert.Equal("-T 15", string.Join(' ', arguments.SkipWhile(a => a != "-T").Take(2)));
        Assert.Contains("prefix=8123", arguments);
        Assert.Contains("members=274", arguments);
        Assert.Equal("membershipdb", arguments[^1]);
    }

    [Fact]
    public void Pgbench_output_gives_tps_latency_and_failures()
    {
        const string output = """
            pgbench (15.18 (Debian 15.18-0+deb12u1))
            transaction type: /tmp/onboarding-lookup-1.pgbench
            number of clients: 16
            number of transactions actually processed: 6521
            number of failed transactions: 3 (0.046%)
            latency average = 36.802 ms
            initial connection time = 45.123 ms
            tps = 434.745012 (without initial connection time)
            """;

        var result = LookupTransactionScript.ParseOutput(output);

        Assert.Equal(434.745012, result.TransactionsPerSecond, precision: 6);
        Assert.Equal(36.802, result.LatencyAverageMs);
        Assert.Equal(3, result.FailedTransactions);
    }

    [Fact]
    public void Pgbench_output_without_tps_is_an_error()
    {
        Assert.Throws<FormatException>(() => LookupTransactionScript.ParseOutput("pgbench: error: connection refused"));
    }

    [Theory]
    [InlineData(234.0, 1333.0, "0.18")]
    [InlineData(700.0, 1333.0, "0.53")]
    [InlineData(234.0, 0.0, null)]
    [InlineData(null, 1333.0, null)]
    [InlineData(234.0, null, null)]
    public void A_ratio_has_two_decimals_and_needs_both_sides(double? service, double? ceiling, string? expected)
    {
        Assert.Equal(expected, CeilingFigures.FormatRatio(service, ceiling));
    }

    [Fact]
    public void The_report_prints_each_measured_ceiling_and_only_the_ratios_it_can()
    {
        var figures = new CeilingFigures("alone", 16, TimeSpan.FromSeconds(15),
            new PgbenchResult(1333.0, 12.0, 0), BareEndpoint: null, new LookupRate(234.0, 0, 65.0, 120.0),
            new HasherResult(40.0, 2, 100_000), "2.00 / 3.00 / 4.00", "2.50 / 3.00 / 4.00");

        var text = figures.Format();

        Assert.Contains("load average 2.00 / 3.00 / 4.00 before", text);
        Assert.Matches(@"pgbench, STEP 1 lookup transaction\s+1333\.0 tps", text);
        Assert.Matches(@"service ÷ pgbench\s+0\.18", text);
        Assert.DoesNotContain("bare endpoint", text);
        Assert.Matches(@"40\.0 hashes/s .*50\.0 ms of a core per hash", text);
    }

    [Fact]
    public void Ceiling_options_parse_and_refuse_unknown_ones()
    {
        var options = CeilingOptions.Parse(["--clients", "32", "--seconds", "10", "--members", "1000", "--no-bare-endpoint", "--address-per-client",
            "--membership-service"]);

        Assert.Equal(32, options.Clients);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Each);
        Assert.Equal(1000, options.Members);
        Assert.False(options.BareEndpoint);
        Assert.True(options.AddressPerClient);
        Assert.True(options.MembershipService);
        Assert.False(CeilingOptions.Parse([]).MembershipService);
        Assert.Throws<ArgumentException>(() => CeilingOptions.Parse(["--clients", "0"]));
        Assert.Throws<ArgumentException>(() => CeilingOptions.Parse(["--rate", "2"]));
    }
}
