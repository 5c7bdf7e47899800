using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Onboarding.ServiceDefaults.OpenApi;

/// <summary>
/// What every published document shares: the problem shape (docs/architecture.md §7) as the schema <c>Problem</c>,
/// and the operator credential as the security scheme <c>operatorKey</c>.
/// </summary>
internal static class ContractDocument
{
    public const string ProblemSchema = "Problem";
    public const string OperatorKeyScheme = "operatorKey";
    public const string ProblemContentType = "application/problem+json";

    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OperatorKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = OperatorAccess.HeaderName,
            Description = "The operator credential (the AppHost's secret parameter operator-api-key). Operator endpoints only.",
        };
        // The server is wherever the service runs (Aspire assigns ports); a checked-in document names none.
        document.Servers = [];
        return Task.CompletedTask;
    }

    /// <summary>RFC 9457 with this system's members (ServiceDefaults' LocalizedProblems and RequestProblems).</summary>
    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. Match on code (stable); title is in the member's language (Accept-Language: ja, en).",
        Required = new HashSet<string> { "status", "title", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI reference identifying the problem type."),
            ["title"] = Text("A short, localised summary for the member."),
            ["status"] = Integer("The HTTP status code."),
            ["detail"] = Text("A localised explanation, where there is more to say."),
            ["code"] = Text("Stable machine-readable code, e.g. validation_failed, member_not_found, too_many_attempts."),
            ["errors"] = FieldMap("validation_failed only: field → localised messages.", new OpenApiSchema
            {
                Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String },
            }),
            ["errorCodes"] = FieldMap("validation_failed only: field → stable message key.", new OpenApiSchema { Type = JsonSchemaType.String }),
            ["attemptsRemaining"] = Integer("Where attempts are counted: how many are left before a lock-out."),
            ["retryAfterSeconds"] = Integer("When the caller must wait; also sent as the Retry-After header."),
            ["nextStep"] = Text("A page of the member UI to go to instead."),
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Integer(string description) =>
        new() { Type = JsonSchemaType.Integer, Format = "int32", Description = description };

    private static OpenApiSchema FieldMap(string description, IOpenApiSchema value) =>
        new() { Type = JsonSchemaType.Object, Description = description, AdditionalProperties = value };
}
