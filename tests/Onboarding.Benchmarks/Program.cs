namespace Onboarding.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Onboarding.Benchmarks -- outbox [messages]
/// dotnet run -c Release --project tests/Onboarding.Benchmarks -- roster [rows]
/// dotnet run -c Release --project tests/Onboarding.Benchmarks -- lookup-timing [rounds]
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> next to the membership service's.</remarks>
public static class BenchmarkMain
{
    public static async Task<int> Main(string[] args)
    {
        var benchmark = args.FirstOrDefault() ?? "outbox";
        var size = args.Length > 1 ? int.Parse(args[1]) : (int?)null;
        switch (benchmark)
        {
            case "outbox":
                await OutboxLatencyBenchmark.RunAsync(size ?? 2000);
                return 0;
            case "roster":
                await RosterImportBenchmark.RunAsync(size ?? 1_500_000);
                return 0;
            case "lookup-timing":
                await LookupTimingBenchmark.RunAsync(size ?? 500);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown benchmark '{benchmark}'. Known: outbox, roster, lookup-timing");
                return 1;
        }
    }
}
