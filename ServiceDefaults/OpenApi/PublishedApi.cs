using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The published HTTP contract of a service that other co-op systems integrate with (docs/openapi/&lt;service&gt;.json):
/// its OpenAPI document at <c>/openapi/v1.json</c> in every environment, and in Development a browsable page
/// (Scalar) at <c>/scalar</c>. One call in the service's Program.cs; <see cref="ServiceDefaultsExtensions.MapDefaultEndpoints"/>
/// maps both, so a service that does not call it (the gateway, wallet-sandbox) publishes nothing.
/// </summary>
public static class PublishedApi
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string BrowsePath = "/scalar";

    public static TBuilder AddPublishedApi<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<PublishedApiMarker>();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(ContractDocument.DescribeAsync);
            options.AddOperationTransformer(ContractOperations.DescribeAsync);
            options.AddSchemaTransformer(NumbersAsNumbers.DescribeAsync);
        });
        return builder;
    }

    /// <summary>Maps the document (everywhere) and the Scalar page (Development only) if the service publishes an API.</summary>
    internal static void MapPublishedApi(this WebApplication app)
    {
        if (app.Services.GetService<PublishedApiMarker>() is null) return;
        // The document carries no secret: operator endpoints are listed, but calling them still needs the key.
        app.MapOpenApi(DocumentPath);
        if (app.Environment.IsDevelopment())
        {
            // Served from the package's own assets: no CDN, no web fonts, no telemetry (operators may be offline).
            // Scalar's default document route (/openapi/{documentName}.json) is DocumentPath.
            app.MapScalarApiReference(BrowsePath, options => options
                .DisableDefaultFonts()
                .DisableTelemetry());
        }
    }

    private sealed class PublishedApiMarker;
}
