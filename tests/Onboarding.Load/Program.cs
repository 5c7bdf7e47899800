using System.Globalization;
using Onboarding.Load.Ceilings;

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

        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };

        LoadOptions options;
        try
        {
            if (args is ["ceilings", .. var rest])
            {
                // The ceilings alone (docs/benchmarks.md, "Ceilings"): no system, a private PostgreSQL.
                var ceilings = await CeilingsRun.RunAloneAsync(CeilingOptions.Parse(rest), stopping.Token);
                Console.WriteLine();
                Console.Write(ceilings.Format());
                return 0;
            }
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        var report = await LoadRun.RunAsync(options, stopping.Token);
        Console.WriteLine();
        Console.Write(report.Format());
        return 0;
    }
}
