using Onboarding.Load.SystemUnderLoad;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// membership alone for <c>ceilings --membership-service</c>: its Release build (<c>dotnet
/// services/membership/Onboarding.Membership/bin/Release/net10.0/Onboarding.Membership.dll</c>, as the load generator
/// starts the AppHost's), first with <c>migrate</c> (its own migrations and broker topology, as the AppHost's
/// <c>membership-migrate</c> step), then as the service on a free port. It is given what the AppHost gives it, minus
/// what STEP 1's lookup never uses: membershipdb and RabbitMQ (the ceilings' private ones), a public base URL and a
/// passcode key of its own, and no OTLP endpoint (nothing exported, as in the tests). identity-portal is not running:
/// the start's fetch of its token keys fails once and is logged; lookups need no token.
/// </summary>
public sealed class MembershipServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private MembershipServiceProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Pid => _process.Id;

    public static string DllPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "services", "membership", "Onboarding.Membership", "bin", "Release", "net10.0", "Onboarding.Membership.dll");

    /// <summary>membership's <c>migrate</c> step on <paramref name="membershipDb"/>; throws with its output when it fails.</summary>
    public static async Task MigrateAsync(string repositoryRoot, string membershipDb, string rabbitMq, CancellationToken cancellationToken)
    {
        var start = StartInfo(repositoryRoot, membershipDb, rabbitMq);
        start.ArgumentList.Add("migrate");
        // Its output is read here, and shown only if it fails.
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var migrate = Process.Start(start) ?? throw new InvalidOperationException("membership's migrate step did not start.");
        var output = migrate.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = migrate.StandardError.ReadToEndAsync(cancellationToken);
        await migrate.WaitForExitAsync(cancellationToken);
        if (migrate.ExitCode != 0) throw new InvalidOperationException($"membership's migrate step exited with {migrate.ExitCode}:\n{await errors}\n{await output}");
    }

    /// <summary>Starts the service on <paramref name="port"/> (its output in <paramref name="logPath"/>) and waits for its /health.</summary>
    public static async Task<MembershipServiceProcess> StartAsync(
        string repositoryRoot, string membershipDb, string rabbitMq, int port, string logPath, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = StartInfo(repositoryRoot, membershipDb, rabbitMq);
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        var process = ChildProcess.StartLogged(start, logPath, "membership");
        var service = new MembershipServiceProcess(process, address);
        try
        {
            await ChildProcess.WaitForHealthAsync(process, "membership", new Uri(address, "/health"), TimeSpan.FromMinutes(2),
                TimeSpan.FromMilliseconds(500), cancellationToken);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>As the AppHost's environment for membership (Development, as <c>./run.sh</c> and the load run), without Aspire.</summary>
    private static ProcessStartInfo StartInfo(string repositoryRoot, string membershipDb, string rabbitMq)
    {
        var dll = DllPath(repositoryRoot);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build membership in Release first: dotnet build services/membership/Onboarding.Membership -c Release ({dll} is missing).");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__membershipdb"] = membershipDb;
        start.Environment["ConnectionStrings__rabbitmq"] = rabbitMq;
        start.Environment["Membership__PublicBaseUrl"] = "http://127.0.0.1";
        start.Environment["Membership__PasscodeKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        start.Environment["Operator__ApiKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        // Its development roster would only add members the load never asks for.
        start.Environment["Membership__SeedDevelopmentMembers"] = "false";
        return start;
    }

    /// <summary>SIGTERM and up to 30 s to stop; SIGKILL only if it does not.</summary>
    public async ValueTask DisposeAsync() => await ChildProcess.StopAsync(_process, "membership", TimeSpan.FromSeconds(30));
}
