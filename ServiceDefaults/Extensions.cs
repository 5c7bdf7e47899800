using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using Onboarding.ServiceDefaults.Problems;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Onboarding service shares: OpenTelemetry, health endpoints, service discovery,
/// resilient HttpClients and RFC 9457 problem details.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Tag on health checks that must pass before the service takes traffic (database, broker).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Activity source and meter names of MassTransit, so its spans join the service's traces.</summary>
    private const string MassTransitSource = "MassTransit";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddLogLevelDefaults();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddProblemDetails();
        builder.AddRequestProblems();
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitSource, "Onboarding.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(MassTransitSource, "Onboarding.*")
                .AddNpgsql()
                .AddAspNetCoreInstrumentation(aspNet =>
                    // Health probes run every few seconds; tracing them would bury real requests.
                    aspNet.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation());

        // Exported only where an OTLP endpoint is configured (the AppHost sets it for the dashboard).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// <c>/alive</c>: the process answers (liveness). <c>/health</c>: every readiness check passes (database, broker).
    /// Both are mapped in every environment; the body says only Healthy/Unhealthy, details stay in the logs.
    /// Call it right after <c>Build()</c>: it also installs the problem-details error handling and the body size limit,
    /// and maps the OpenAPI document of a service that called <see cref="PublishedApi.AddPublishedApi{TBuilder}"/>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Unhandled exceptions and bare status codes (404, 405, ...) become RFC 9457 problem details.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit();
        // Probes carry no credentials: open whatever fallback authorization policy an app sets (the operator console's).
        app.MapHealthChecks(HealthPath, new HealthCheckOptions()).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") }).AllowAnonymous();
        app.MapPublishedApi();
        return app;
    }

    private const string HealthPath = "/health";
    private const string AlivePath = "/alive";

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(HealthPath) || path.StartsWithSegments(AlivePath);
}
