using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Onboarding.ServiceDefaults.OpenApi;

/// <summary>
/// Per operation: the problem responses the handler declared (<see cref="ProblemResponses"/>), a <c>default</c>
/// problem response (the service defaults turn every other error — 404, 405, 413, 415, 500 — into one), and the
/// credential an operator or member endpoint needs.
/// </summary>
internal static class ContractOperations
{
    public const string MemberTokenScheme = "memberToken";

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        foreach (var problem in metadata.OfType<ProblemResponses>())
        {
            foreach (var (status, description) in problem.Statuses)
            {
                operation.Responses[status.ToString()] = ProblemResponse(context.Document, description);
            }
        }

        if (metadata.OfType<OperatorKeyRequired>().Any())
        {
            Require(operation, context.Document, ContractDocument.OperatorKeyScheme);
            operation.Responses["401"] = ProblemResponse(context.Document, "operator_credential_required: the X-Operator-Key header is missing or wrong.");
        }
        else if (metadata.OfType<IAuthorizeData>().Any())
        {
            AddMemberTokenScheme(context.Document);
            Require(operation, context.Document, MemberTokenScheme);
            operation.Responses["401"] = ProblemResponse(context.Document, "authentication_required: no valid member access token.");
        }

        if (metadata.OfType<OAuthErrorResponses>().Any())
        {
            operation.Responses["400"] = OAuthErrorResponse();
            return Task.CompletedTask;
        }
        operation.Responses["default"] = ProblemResponse(context.Document, "Any other error, as a problem.");
        return Task.CompletedTask;
    }

    private static OpenApiResponse ProblemResponse(OpenApiDocument? document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ContractDocument.ProblemContentType] = new() { Schema = new OpenApiSchemaReference(ContractDocument.ProblemSchema, document) },
        },
    };

    private static OpenApiResponse OAuthErrorResponse() => new()
    {
        Description = "An OAuth error (RFC 6749 §5.2), e.g. invalid_grant or unsupported_grant_type.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "error" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["error"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["error_description"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        },
    };

    private static void Require(OpenApiOperation operation, OpenApiDocument? document, string scheme)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] });
    }

    /// <summary>Only documents with a member endpoint (wallet-link) name the scheme.</summary>
    private static void AddMemberTokenScheme(OpenApiDocument? document)
    {
        if (document is null) return;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[MemberTokenScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token identity-portal issued to the member (sent by the gateway).",
        };
    }
}
