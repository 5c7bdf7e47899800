using Onboarding.Benchmarks;

// dotnet run -c Release --project tests/Onboarding.Benchmarks -- outbox [messages]
// dotnet run -c Release --project tests/Onboarding.Benchmarks -- roster [rows]
var benchmark = args.FirstOrDefault() ?? "outbox";
switch (benchmark)
{
    case "outbox":
        await OutboxLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 2000);
        break;
    case "roster":
        await RosterImportBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_500_000);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{benchmark}'. Known: outbox, roster");
        return 1;
}
return 0;
