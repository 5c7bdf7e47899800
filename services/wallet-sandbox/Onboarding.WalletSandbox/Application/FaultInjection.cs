using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Onboarding.WalletSandbox.Application;

/// <summary>
/// How the sandbox misbehaves, for resilience tests: a share of requests (0–1) answered with one of the status codes,
/// and latency added to every request. Bound from <c>WalletSandbox:Faults</c> and exchanged by <c>/sandbox/faults</c>.
/// </summary>
public sealed class FaultSettings
{
    [JsonPropertyName("errorRate")]
    public double ErrorRate { get; set; }

    /// <summary>In configuration a comma-separated list (<c>500,503</c>); in JSON an array.</summary>
    [JsonPropertyName("statusCodes")]
    public int[] StatusCodes { get; set; } = [];

    [JsonPropertyName("addedLatencyMs")]
    public int AddedLatencyMs { get; set; }

    public static FaultSettings None => new();

    /// <summary>The field that is wrong and why, or null when the settings can be used.</summary>
    public (string Field, string Message)? Problem()
    {
        if (double.IsNaN(ErrorRate) || ErrorRate is < 0 or > 1) return ("errorRate", "must be between 0 and 1");
        if (StatusCodes.Any(code => code is < 400 or > 599)) return ("statusCodes", "must be HTTP error codes (400–599)");
        if (ErrorRate > 0 && StatusCodes.Length == 0) return ("statusCodes", "must name at least one code when errorRate > 0");
        if (AddedLatencyMs is < 0 or > 120_000) return ("addedLatencyMs", "must be between 0 and 120000");
        return null;
    }
}

/// <summary>The faults in force now: the configured ones until an operator replaces or clears them.</summary>
public sealed class FaultInjector
{
    private FaultSettings _current;

    public FaultInjector(IConfiguration configuration, IOptions<SandboxOptions> options)
    {
        var configured = options.Value.Faults;
        // "500,503" in configuration (an environment variable from the AppHost) as well as an indexed list.
        var codes = configuration[$"{SandboxOptions.Section}:Faults:StatusCodes"];
        if (!string.IsNullOrWhiteSpace(codes))
        {
            configured.StatusCodes = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        }
        if (configured.Problem() is { } problem)
        {
            throw new InvalidOperationException($"{SandboxOptions.Section}:Faults:{problem.Field} {problem.Message}.");
        }
        _current = configured;
    }

    public FaultSettings Current => Volatile.Read(ref _current);

    public void Replace(FaultSettings settings) => Volatile.Write(ref _current, settings);

    /// <summary>The status code to fail this request with, or null to let it through.</summary>
    public int? PickFailure()
    {
        var settings = Current;
        if (settings.ErrorRate <= 0 || settings.StatusCodes.Length == 0) return null;
        return Random.Shared.NextDouble() < settings.ErrorRate ? settings.StatusCodes[Random.Shared.Next(settings.StatusCodes.Length)] : null;
    }
}

/// <summary>Applies the faults to the provider's machine-facing endpoints only; the pages a member clicks through never fail.</summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, FaultInjector faults)
{
    private static readonly string[] FaultablePrefixes = ["/oauth/token", "/oauth/revoke", "/users", "/accounts"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!FaultablePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }
        var settings = faults.Current;
        if (settings.AddedLatencyMs > 0)
        {
            // Real time on purpose: the latency is for the caller's timeouts, which run on the real clock.
            await Task.Delay(TimeSpan.FromMilliseconds(settings.AddedLatencyMs), context.RequestAborted);
        }
        if (faults.PickFailure() is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = "sandbox_fault", error_description = $"Injected by the sandbox's fault settings ({status})." });
            return;
        }
        await next(context);
    }
}
