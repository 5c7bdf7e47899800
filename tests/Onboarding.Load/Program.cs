using System.Globalization;

namespace Onboarding.Load;

/// <summary>
/// The whole-journey load generator: docs/benchmarks.md, "Whole journeys". A named class rather than top-level
/// statements, so that projects referencing the generator (the notification tests) see no second global <c>Program</c>.
/// </summary>
public static class LoadProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };
        var report = await LoadRun.RunAsync(options, stopping.Token);
        Console.WriteLine();
        Console.Write(report.Format());
        return 0;
    }
}
